package vn.coso.testing;

import io.restassured.specification.RequestSpecification;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Signed-out requests from a client address of their own (X-Forwarded-For, trusted from localhost
 * in tests), so that each test has its own rate-limit counters.
 */
public final class PublicClient {

    private final String address;

    private PublicClient(String address) {
        this.address = address;
    }

    public static PublicClient fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new PublicClient("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254)));
    }

    public RequestSpecification request() {
        return request(Api.TEST_LANGUAGE);
    }

    /** Signed out from this address, asking for answers in this language. */
    public RequestSpecification request(String language) {
        return Api.anonymous(language).header("X-Forwarded-For", address);
    }

    public String address() {
        return address;
    }
}
