package vn.coso.common.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Values drawn from an OpenAPI schema: mostly of the declared shape (so that requests reach the
 * rules behind validation), sometimes of the wrong type, out of range or carrying the characters
 * an attacker would try. Drawn with jqwik's generators from one seeded {@link Random}, so that a
 * failing run is repeated exactly by its seed.
 */
final class SchemaValues {

    /** Texts that have broken or fooled systems: spoofing, injection, formulas, encodings, sizes. */
    private static final List<String> NASTY_TEXTS = List.of(
            "", " ", "Phường Hồng Gai", "Hạ Long", "x", "\u202Eevil\u202C", "a\u200Bb", "\uD800",
            "' OR 1=1 --", "=HYPERLINK(\"http://evil.example\")", "<script>alert(1)</script>", "😀🇻🇳",
            "\u0000", "line\nbreak", "../../etc/passwd", "%00", "9999-99-99", "-1", "null", "true",
            "a".repeat(5_000), "ễ".repeat(300), "\t", "ABCDE-FGHJK", "2024-02-30", "1e309");

    private static final Arbitrary<String> TEXT = Arbitraries.oneOf(
            Arbitraries.of(NASTY_TEXTS),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().all().ofMaxLength(20));

    private static final Arbitrary<Object> INTEGER = Arbitraries.oneOf(
            Arbitraries.longs().between(1, 40).map(Object.class::cast),
            Arbitraries.of(0L, -1L, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 2024L, 2026L, 1900L).map(Object.class::cast),
            Arbitraries.of(new Raw("1.9"), new Raw("1e30"), new Raw("99999999999999999999999"), "5", true).map(Object.class::cast));

    private static final Arbitrary<Object> NUMBER = Arbitraries.oneOf(
            Arbitraries.doubles().between(-10, 10_000).map(Object.class::cast),
            Arbitraries.of(new Raw("1e309"), new Raw("-0"), "3.5", 0L).map(Object.class::cast));

    private static final Arbitrary<Object> DATE = Arbitraries.oneOf(
            Arbitraries.integers().between(2018, 2030).flatMap(year -> Arbitraries.integers().between(1, 12)
                    .flatMap(month -> Arbitraries.integers().between(1, 31)
                            .map(day -> (Object) String.format("%04d-%02d-%02d", year, month, day)))),
            Arbitraries.of("2024-02-30", "0000-01-01", "9999-12-31", "31/12/2024", "2024-1-1", "").map(Object.class::cast),
            Arbitraries.of(new Raw("123"), new Raw("20240101")).map(Object.class::cast));

    private static final Arbitrary<Object> DATE_TIME = Arbitraries.oneOf(
            Arbitraries.of("2024-06-01T08:30:00Z", "2026-12-02T10:00:00+07:00", "2024-13-01T00:00:00Z", "yesterday")
                    .map(Object.class::cast),
            Arbitraries.of(new Raw("1700000000")).map(Object.class::cast));

    private static final Arbitrary<Object> BOOLEAN = Arbitraries.oneOf(
            Arbitraries.of(true, false).map(Object.class::cast),
            Arbitraries.of("true", new Raw("1")).map(Object.class::cast));

    private final OpenApiDocument document;
    private final Random random;

    SchemaValues(OpenApiDocument document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** A JSON text for the schema (or, at times, something else a client could send). */
    String json(JsonNode schema) {
        return JsonText.of(value(schema, 0));
    }

    /**
     * A value for a path or query parameter, as text. At most 300 characters (up to 2,700 once
     * percent-encoded): a request line over the HTTP server's 4,096 is refused by the server itself,
     * an empty 414, before the application sees it.
     */
    String text(JsonNode schema) {
        Object value = value(schema, 0);
        String text = value instanceof Raw raw ? raw.json() : String.valueOf(value);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    Object value(JsonNode schema, int depth) {
        schema = document.resolve(schema);
        if (schema == null || schema.isMissingNode()) {
            return draw(TEXT);
        }
        if (chance(0.04)) {
            return wrongType(schema);
        }
        JsonNode alternatives = first(schema, "anyOf", "oneOf", "allOf");
        if (alternatives != null && alternatives.isArray() && !alternatives.isEmpty()) {
            JsonNode chosen = alternatives.get(random.nextInt(alternatives.size()));
            return value(chosen, depth);
        }
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray() && !values.isEmpty() && !chance(0.1)) {
            JsonNode chosen = values.get(random.nextInt(values.size()));
            return chosen.isNumber() ? chosen.numberValue() : chosen.asText();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "integer" -> draw(INTEGER);
            case "number" -> draw(NUMBER);
            case "boolean" -> draw(BOOLEAN);
            case "array" -> array(schema, depth);
            case "object" -> object(schema, depth);
            default -> switch (format) {
                case "date" -> draw(DATE);
                case "date-time" -> draw(DATE_TIME);
                default -> draw(TEXT);
            };
        };
    }

    private Object wrongType(JsonNode schema) {
        return switch (random.nextInt(6)) {
            case 0 -> List.of(draw(TEXT));
            case 1 -> Map.of("unexpected", 1);
            case 2 -> new Raw("null");
            case 3 -> draw(INTEGER);
            case 4 -> draw(BOOLEAN);
            default -> draw(TEXT);
        };
    }

    private List<Object> array(JsonNode schema, int depth) {
        int size = depth > 3 ? 0 : random.nextInt(chance(0.05) ? 60 : 4);
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(value(schema.path("items"), depth + 1));
        }
        return items;
    }

    private Map<String, Object> object(JsonNode schema, int depth) {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        if (depth > 4) {
            return object;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            boolean include = required.contains(property.getKey()) ? !chance(0.08) : chance(0.6);
            if (include) {
                object.put(property.getKey(), value(property.getValue(), depth + 1));
            }
        }
        if (chance(0.05)) {
            object.put("unknownField", draw(TEXT));
        }
        return object;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.generator(100, true).next(random).value();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static JsonNode first(JsonNode schema, String... names) {
        for (String name : names) {
            if (schema.has(name)) {
                return schema.get(name);
            }
        }
        return null;
    }

    /** A JSON token written as is (a number too big for Java, a fraction where an integer is expected). */
    record Raw(String json) {
    }
}
