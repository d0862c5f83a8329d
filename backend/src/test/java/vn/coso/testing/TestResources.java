package vn.coso.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest runs against a MariaDB database made for this test run. */
@QuarkusTestResource(MariaDbTestDatabase.class)
public final class TestResources {

    private TestResources() {
    }
}
