package vn.coso.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** RestAssured requests as a given user. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return RestAssured.given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asIntegration() {
        return RestAssured.given().auth().oauth2(Tokens.integration()).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON);
    }
}
