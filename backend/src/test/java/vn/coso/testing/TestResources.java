package vn.coso.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against a MariaDB database made for this test run, and a real SMTP server. */
@QuarkusTestResource(MariaDbTestDatabase.class)
@QuarkusTestResource(TestMailServer.class)
public final class TestResources {

    private TestResources() {
    }
}
