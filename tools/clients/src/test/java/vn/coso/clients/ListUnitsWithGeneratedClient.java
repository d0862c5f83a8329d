package vn.coso.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.coso.client.ApiClient;
import vn.coso.client.api.UnitsApi;
import vn.coso.client.model.PageResultUnitResponse;
import vn.coso.client.model.Unit;

/**
 * The Java client generated from openapi.yaml against a running app: signs in as admin through
 * Keycloak (coso-cli, password grant), lists units with the generated UnitsApi and reads the first
 * one by id. COSO_CLIENTS_API_URL (the backend, e.g. http://localhost:8082) and
 * COSO_CLIENTS_KEYCLOAK_URL (e.g. http://localhost:8181) are required: without them it fails.
 */
class ListUnitsWithGeneratedClient {

  private static String env(String name) {
    String value = System.getenv(name);
    assertNotNull(value, name + " is not set: the running app's URL is needed");
    return value.replaceAll("/+$", "");
  }

  private static String token(String keycloak) throws Exception {
    Map<String, String> form =
        Map.of("grant_type", "password", "client_id", "coso-cli", "username", "admin", "password", "admin");
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/coso/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "token request: " + response.body());
    JsonNode json = new ObjectMapper().readTree(response.body());
    return json.get("access_token").asText();
  }

  @Test
  void listsUnitsAndReadsOne() throws Exception {
    String api = env("COSO_CLIENTS_API_URL");
    String token = token(env("COSO_CLIENTS_KEYCLOAK_URL"));

    ApiClient client = new ApiClient();
    client.updateBaseUri(api);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    UnitsApi units = new UnitsApi(client);

    // Parameters in the generator's (alphabetical) order: active, after, on, page, parentId, q, size, sort, type, updatedSince.
    PageResultUnitResponse page = units.unitList(null, null, null, "0", null, null, "20", null, null, null);
    assertFalse(page.getItems().isEmpty(), "admin sees no unit");
    Unit first = page.getItems().get(0);
    if (page.getNextCursor() != null) {
      PageResultUnitResponse next = units.unitList(null, page.getNextCursor(), null, null, null, null, "20", null, null, null);
      assertFalse(next.getItems().isEmpty(), "the cursor's page is empty");
      assertFalse(page.getItems().stream().anyMatch(u -> u.getId().equals(next.getItems().get(0).getId())),
          "the cursor's page repeats a row of the first page");
    }

    Unit read = units.unitGet(first.getId());
    assertEquals(first.getId(), read.getId());
    assertEquals(first.getCode(), read.getCode());
    System.out.printf("listed %d of %d units; read %s (%s)%n",
        page.getItems().size(), page.getTotal(), read.getCode(), read.getName());
  }
}
