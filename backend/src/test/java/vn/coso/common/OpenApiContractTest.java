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
