package vn.coso.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** openapi.yaml at the repository root is the published contract: it must be what the service serves. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void committedContractEqualsTheServedDocument() throws Exception {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        // Kept for a diff when the two differ.
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing at the repository root");
        String committed = Files.readString(CONTRACT, StandardCharsets.UTF_8);
        // Compared as documents: the build-time file and the served one may order keys differently.
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        assertEquals(yaml.readTree(committed), yaml.readTree(served),
                "openapi.yaml drifted from the service (see target/openapi-served.yaml). Regenerate it: "
                        + "mvn -f backend package -DskipTests && cp backend/target/openapi/openapi.yaml openapi.yaml");
    }

    @Test
    void everyOperationHasASummaryAndErrorResponses() {
        var doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                var op = operation.getValue();
                assertTrue(op.get("summary") != null, where + " has no summary");
                @SuppressWarnings("unchecked")
                var responses = (java.util.Map<String, Object>) op.get("responses");
                if (path.getKey().startsWith("/api/v1/") && !path.getKey().startsWith("/api/v1/public")) {
                    assertTrue(responses.containsKey("401"), where + " does not document 401");
                    assertTrue(op.get("security") != null, where + " has no security requirement");
                }
            }
        }
    }

    /** What Spectral and Redocly ask of the document (the test command lints it too, see tools/openapi-lint). */
    @Test
    void everyOperationHasAnIdAndSaysWhoMayCallIt() {
        var doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(!doc.getList("servers").isEmpty(), "the document names no server");
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        java.util.Set<Object> ids = new java.util.HashSet<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                Object id = operation.getValue().get("operationId");
                assertTrue(id != null, where + " has no operationId");
                assertTrue(ids.add(id), where + " repeats the operationId " + id);
                assertTrue(operation.getValue().get("security") != null, where + " does not say who may call it");
            }
        }
        assertEquals("unitList", doc.getString("paths.'/api/v1/units'.get.operationId"));
        assertEquals(java.util.List.of(), doc.getList("paths.'/api/v1/public/units'.get.security"));
    }

    /** Generated clients type a response field as present unless the contract says it may be absent. */
    @Test
    void responsePropertiesAreRequiredAndNullableOnlyWhereDeclared() {
        var doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Object> feedbackProperties = doc.getMap("components.schemas.Feedback.properties");
        assertEquals(feedbackProperties.keySet(), new java.util.HashSet<>(doc.getList("components.schemas.Feedback.required")));
        assertEquals(java.util.List.of("string", "null"), doc.getList("components.schemas.Feedback.properties.answer.type"));
        assertEquals("string", doc.getString("components.schemas.Feedback.properties.title.type"));
        java.util.Map<String, Object> page = doc.getMap("components.schemas.PageResultUnitResponse.properties");
        assertEquals(page.keySet(), new java.util.HashSet<>(doc.getList("components.schemas.PageResultUnitResponse.required")));
        // A request keeps what its annotations require: a client need not send what the server does not need.
        assertTrue(!doc.getList("components.schemas.CommitteeRequest.required").contains("decisionNumber"));
        // Problem leaves out what it does not have (JSON NON_NULL).
        assertEquals(java.util.List.of("type", "title", "status", "code"), doc.getList("components.schemas.Problem.required"));
    }

    @Test
    void swaggerUiOffersOnlyTheAuthorizationCodeFlowWithCosoScopes() {
        var doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        java.util.Map<String, Object> scheme = doc.getMap("components.securitySchemes.keycloak");
        assertEquals("oauth2", scheme.get("type"));
        java.util.Map<String, Object> flows = doc.getMap("components.securitySchemes.keycloak.flows");
        assertEquals(java.util.Set.of("authorizationCode"), flows.keySet());
        assertEquals(java.util.Set.of("openid", "profile", "email"),
                doc.getMap("components.securitySchemes.keycloak.flows.authorizationCode.scopes").keySet());
        assertTrue(doc.getString("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl")
                .endsWith("/realms/coso/protocol/openid-connect/auth"));
        assertTrue(doc.getString("components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl")
                .endsWith("/realms/coso/protocol/openid-connect/token"));
        // Roles are no OAuth scopes: an operation requires the scheme and names its roles in x-roles.
        assertEquals(java.util.List.of(), doc.getList("paths.'/api/v1/units'.get.security[0].keycloak"));
        assertTrue(doc.getList("paths.'/api/v1/units'.post.x-roles").contains("admin"));
    }
}
