package vn.coso.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * RestAssured requests as a given user. They ask for English answers ({@code Accept-Language: en}),
 * so that assertions on texts read as the code does; the API answers in Vietnamese by default, which
 * {@code LocalisedApiTest} checks with the language-taking variants.
 */
public final class Api {

    public static final String TEST_LANGUAGE = "en";

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return as(username, TEST_LANGUAGE);
    }

    public static RequestSpecification as(String username, String language) {
        return inLanguage(RestAssured.given().auth().oauth2(Tokens.of(username)), language);
    }

    public static RequestSpecification asIntegration() {
        return inLanguage(RestAssured.given().auth().oauth2(Tokens.integration()), TEST_LANGUAGE);
    }

    public static RequestSpecification anonymous() {
        return anonymous(TEST_LANGUAGE);
    }

    /** Signed out, in this language; {@code null} sends no Accept-Language at all. */
    public static RequestSpecification anonymous(String language) {
        return inLanguage(RestAssured.given(), language);
    }

    private static RequestSpecification inLanguage(RequestSpecification request, String language) {
        RequestSpecification json = request.contentType(ContentType.JSON);
        return language == null ? json : json.header("Accept-Language", language);
    }
}
