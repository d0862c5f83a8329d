package vn.coso.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The realm file gives the audience coso-api (which the backend requires) to the access tokens of
 * exactly the clients that call the API, and never to ID tokens. The SPA's client cannot be signed
 * in without a browser, so this pins its mapper; the browser tests use its tokens for real.
 */
class RealmAudienceTest {

    static final Path REALM = Path.of("..", "keycloak", "realm", "coso-realm.json");

    @Test
    void exactlyTheApiClientsAddTheCosoApiAudienceToAccessTokensOnly() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(REALM.toFile());
        Set<String> withAudience = new HashSet<>();
        for (JsonNode client : realm.get("clients")) {
            for (JsonNode mapper : client.path("protocolMappers")) {
                if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
                        && "coso-api".equals(mapper.path("config").path("included.custom.audience").asText())) {
                    assertEquals("true", mapper.path("config").path("access.token.claim").asText());
                    assertEquals("false", mapper.path("config").path("id.token.claim").asText());
                    withAudience.add(client.path("clientId").asText());
                }
            }
        }
        assertEquals(Set.of("coso-frontend", "coso-cli", "coso-integration"), withAudience);
    }
}
