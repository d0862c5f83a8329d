package vn.coso.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * keycloak/production/coso-realm.json (made by keycloak/realm/make-production-realm.py; the compose
 * step of the test command checks that it is up to date) holds none of the development realm's
 * conveniences.
 */
class ProductionRealmTest {

    static final Path PRODUCTION = Path.of("..", "keycloak", "production", "coso-realm.json");

    private static JsonNode realm() throws IOException {
        return new ObjectMapper().readTree(PRODUCTION.toFile());
    }

    @Test
    void httpsOutsidePrivateAddressesAndEventsKept() throws IOException {
        JsonNode realm = realm();
        assertEquals("external", realm.path("sslRequired").asText());
        assertTrue(realm.path("eventsEnabled").asBoolean());
        assertTrue(realm.path("eventsExpiration").asLong() >= 30L * 24 * 3600);
        assertTrue(realm.path("adminEventsEnabled").asBoolean());
        assertTrue(realm.path("adminEventsDetailsEnabled").asBoolean());
        assertTrue(realm.path("attributes").path("adminEventsExpiration").asLong() >= 30L * 24 * 3600);
        assertTrue(realm.path("bruteForceProtected").asBoolean());
    }

    @Test
    void noPasswordGrantClientAndNoSecretInTheFile() throws IOException {
        List<String> clients = new ArrayList<>();
        for (JsonNode client : realm().get("clients")) {
            String id = client.path("clientId").asText();
            clients.add(id);
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + " allows password grants");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(), id);
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().matches("\\$\\{[A-Z_]+}"),
                        id + "'s secret must come from the environment at import");
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertFalse(uri.asText().contains("localhost"), id + " redirects to " + uri.asText());
            }
        }
        assertEquals(Set.of("coso-frontend", "coso-integration", "coso-staff-admin"), Set.copyOf(clients));
    }

    @Test
    void onlyServiceAccountsAndOneFirstAdminWithATemporaryPassword() throws IOException {
        List<String> people = new ArrayList<>();
        for (JsonNode user : realm().get("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            people.add(user.path("username").asText());
            JsonNode credential = user.path("credentials").get(0);
            assertTrue(credential.path("temporary").asBoolean());
            assertTrue(credential.path("value").asText().matches("\\$\\{[A-Z_]+}"));
            assertFalse(user.path("credentials").toString().contains("secretData"));
        }
        assertEquals(List.of("quantri"), people);
        assertFalse(realm().toString().contains("dev-secret"));
    }
}
