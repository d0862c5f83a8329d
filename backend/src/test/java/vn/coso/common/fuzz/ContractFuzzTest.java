package vn.coso.common.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.sessions.JqwikSession;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.testing.Tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests drawn from {@code openapi.yaml} for every operation of the API: parameters and bodies of
 * the declared shape and of every wrong one (wrong types, duplicate keys, broken JSON, huge
 * numbers, spoofing characters, unknown parameters, foreign media types), sent with every kind of
 * caller. No answer may be a 5xx, and every refusal must be the documented problem+json.
 *
 * <p>Seeded: {@code -Dcoso.fuzz.seed=N} repeats a run exactly, {@code -Dcoso.fuzz.tries=N} sets the
 * requests per operation. It runs in a profile of its own, so on a database of its own: what it
 * happens to create never meets another test.
 */
@QuarkusTest
@TestProfile(ContractFuzzTest.OwnDatabase.class)
class ContractFuzzTest {

    private static final Logger LOG = Logger.getLogger(ContractFuzzTest.class);
    private static final long SEED = Long.getLong("coso.fuzz.seed", 20261202L);
    private static final int TRIES = Integer.getInteger("coso.fuzz.tries", 14);
    private static final List<String> CALLERS = List.of("admin", "admin", "admin", "officer.halong", "inspector",
            "viewer", "@anonymous", "@integration");
    private static final List<String> ACCEPTS = List.of("text/csv", "application/pdf", "application/xml", "*/*",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestUnits units;

    @Test
    void noOperationAnswers5xxOrAnUndocumentedRefusal() throws Exception {
        units.province();
        units.haLong();
        OpenApiDocument contract = OpenApiDocument.read(Path.of("..", "openapi.yaml"));
        List<OpenApiDocument.Operation> operations = contract.operations("/api/v1/");
        JqwikSession.start();
        try {
            fuzz(operations, new SchemaValues(contract, new Random(SEED)));
        } finally {
            JqwikSession.finish();
        }
    }

    private void fuzz(List<OpenApiDocument.Operation> operations, SchemaValues values) {
        RestAssuredConfig noRedirects = RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));

        Set<String> exercised = new LinkedHashSet<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int broken = 0;
        for (OpenApiDocument.Operation operation : operations) {
            for (int i = 0; i < TRIES; i++) {
                Drawn request = draw(operation, values);
                sent++;
                exercised.add(operation.name());
                String problem;
                String answer;
                try {
                    Response response = request.send(noRedirects);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    problem = check(response);
                    answer = response.statusCode() + " " + response.contentType() + " "
                            + abbreviate(response.asString(), 300);
                } catch (Exception e) { // a timeout arrives unchecked through RestAssured
                    problem = "no answer";
                    answer = e.toString();
                }
                if (problem != null) {
                    broken++;
                    LOG.warnf("contract fuzz: %s%n    %s%n    <- %s", problem, request, answer);
                    if (failures.size() < 40) {
                        failures.add(problem + "\n    " + request + "\n    <- " + answer);
                    }
                }
            }
        }
        LOG.infof("contract fuzz (seed %d): %d requests over %d operations, statuses %s, %d broke the contract",
                SEED, sent, exercised.size(), statuses, broken);
        assertTrue(failures.isEmpty(), broken + " answers broke the contract (seed " + SEED + "):\n"
                + String.join("\n", failures));
        assertEquals(operations.size(), exercised.size(), "operations never exercised");
        assertTrue(operations.size() > 100, "the contract lists " + operations.size() + " operations only");
    }

    /** What is wrong with the answer, or null. */
    private static String check(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error " + status;
        }
        if (status < 400) {
            return null;
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return "refusal " + status + " is not problem+json";
        }
        try {
            JsonNode body = JSON.readTree(response.asByteArray());
            if (body.path("status").asInt() != status || body.path("title").asText("").isBlank()
                    || body.path("type").asText("").isBlank() || body.path("code").asText("").isBlank()) {
                return "refusal " + status + " lacks status/title/type/code";
            }
        } catch (Exception e) {
            return "refusal " + status + " is not JSON";
        }
        return null;
    }

    private Drawn draw(OpenApiDocument.Operation operation, SchemaValues values) {
        String caller = values.pick(CALLERS);
        Drawn drawn = new Drawn(operation.method(), caller);
        String path = operation.path();
        for (JsonNode parameter : operation.parameters()) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            boolean required = parameter.path("required").asBoolean(false);
            if ("path".equals(in)) {
                String segment = values.text(parameter.path("schema"));
                path = path.replace("{" + name + "}", encode(segment.substring(0, Math.min(segment.length(), 120))));
            } else if ("query".equals(in) && (required ? !values.chance(0.05) : values.chance(0.45))) {
                drawn.query.put(name, values.text(parameter.path("schema")));
            } else if ("header".equals(in) && values.chance(0.3)) {
                drawn.headers.put(name, values.text(parameter.path("schema")).replaceAll("[^\\x20-\\x7e]", "?"));
            }
        }
        if (values.chance(0.08)) {
            drawn.query.put("unexpected", "1");
        }
        drawn.path = path;
        drawn.fitRequestLine();
        drawn.accept = values.chance(0.85) ? "application/json" : values.pick(ACCEPTS);
        body(operation, values, drawn);
        return drawn;
    }

    private static void body(OpenApiDocument.Operation operation, SchemaValues values, Drawn drawn) {
        JsonNode content = operation.body();
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        List<String> mediaTypes = new ArrayList<>();
        content.fieldNames().forEachRemaining(mediaTypes::add);
        String mediaType = values.pick(mediaTypes);
        drawn.contentType = mediaType;
        if (mediaType.contains("json")) {
            drawn.body = jsonBody(content.path(mediaType).path("schema"), values);
            if (values.chance(0.03)) {
                drawn.contentType = "text/plain";
            }
        } else if (mediaType.startsWith("multipart/")) {
            drawn.multipart = true;
            drawn.body = values.chance(0.5) ? "%PDF-1.4 not really" : "\u0000\u0001binary\u00ff";
        } else if (mediaType.startsWith("text/")) {
            drawn.body = values.pick(List.of("code,name\n22,Tỉnh\n", "=1+1,\"unclosed\n", "", "a;b;c\n1;2;3\n",
                    "\uFEFFmã đơn vị,tên\n1," + "x".repeat(3000) + "\n"));
        } else {
            drawn.body = values.pick(List.of("PK\u0003\u0004broken zip", "", "GIF89a", "%PDF-1.4\n%%EOF"));
        }
    }

    private static String jsonBody(JsonNode schema, SchemaValues values) {
        double roll = values.draw(Arbitraries.doubles().between(0, 1));
        if (roll < 0.06) {
            return "{\"version\":0,\"version\":0}";
        } else if (roll < 0.09) {
            return "{\"name\": ";
        } else if (roll < 0.11) {
            return "[]";
        } else if (roll < 0.12) {
            return "[".repeat(5_000) + "]".repeat(5_000);
        } else if (roll < 0.14) {
            return "";
        } else if (roll < 0.15) {
            return "null";
        }
        return values.json(schema);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }

    /** One drawn request, printable for the failure message. */
    private static final class Drawn {
        final String method;
        final String caller;
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String path;
        String accept;
        String contentType;
        String body;
        boolean multipart;

        Drawn(String method, String caller) {
            this.method = method;
            this.caller = caller;
        }

        /** Leaves out the longest query parameters until the request line fits the server's 4,096. */
        void fitRequestLine() {
            while (!query.isEmpty() && requestLineLength() > 3_800) {
                String longest = query.entrySet().stream()
                        .max(java.util.Comparator.comparingInt(e -> encode(e.getValue()).length())).orElseThrow().getKey();
                query.remove(longest);
            }
        }

        private int requestLineLength() {
            return path.length() + query.entrySet().stream()
                    .mapToInt(e -> e.getKey().length() + encode(e.getValue()).length() + 2).sum();
        }

        Response send(RestAssuredConfig config) {
            RequestSpecification request = RestAssured.given().config(config).urlEncodingEnabled(false)
                    .header("Accept", accept).header("Accept-Language", "vi");
            switch (caller) {
                case "@anonymous" -> { }
                case "@integration" -> request.auth().oauth2(Tokens.integration());
                default -> request.auth().oauth2(Tokens.of(caller));
            }
            headers.forEach(request::header);
            query.forEach((name, value) -> request.queryParam(name, encode(value)));
            if (multipart) {
                request.multiPart("file", "tệp.pdf", body.getBytes(StandardCharsets.ISO_8859_1), "application/pdf");
            } else if (body != null) {
                request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(method).append(' ').append(path);
            if (!query.isEmpty()) {
                text.append(" ?").append(query);
            }
            text.append(" as ").append(caller).append(", Accept ").append(accept);
            if (body != null) {
                text.append(", ").append(contentType).append(' ').append(abbreviate(body, 200));
            }
            return text.toString();
        }
    }

    /** Its own profile, hence its own database; public limits high enough to reach the rules behind them. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new LinkedHashMap<>();
            for (String limit : List.of("public-feedback", "public-comments", "public-tracking", "public-attachments")) {
                overrides.put("coso.abuse.rate-limits." + limit + ".requests", "100000");
            }
            return overrides;
        }
    }
}
