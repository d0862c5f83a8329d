package vn.coso.common.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.coso.common.errors.ProblemException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code after} of keyset paging: the sort values and the id of the last row of a page, under
 * the sort that ordered it. On the wire it is opaque, base64url of a small JSON object
 * ({@code {"l":"i.id","s":"plannedStart,desc","k":["2024-03-01"],"id":42}}); it holds nothing the
 * caller may not read (the values are those of a row shown to them) and nothing that widens what
 * they see: a forged one only moves where the page starts within the same filters and scope.
 * Whatever cannot be read back, or was made under another sort or for another list, answers 400
 * naming {@code after}.
 *
 * @param list   the id path of the list that made it (a cursor of units is refused by inspections)
 * @param sort   the sort it was made under, as {@link #signature(List)} writes it
 * @param values the last row's sort values as text (null for a null value), one per sort field
 * @param id     the last row's id
 */
public record Cursor(String list, String sort, List<String> values, long id) {

    public static final String PARAMETER = "after";
    /** Longer than any cursor the service makes (sort values are short texts, dates and numbers). */
    private static final int MAX_LENGTH = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The cursor that starts after {@code row}: its id first, then one value per sort field. */
    static String after(String idPath, List<SortField> sort, Object[] row) {
        List<String> values = new ArrayList<>(sort.size());
        for (int i = 0; i < sort.size(); i++) {
            values.add(text(row[i + 1]));
        }
        return new Cursor(idPath, signature(sort), values, ((Number) row[0]).longValue()).encode();
    }

    /** The sort as a cursor records it: {@code plannedStart,desc;status,asc}. */
    static String signature(List<SortField> sort) {
        return sort.stream().map(f -> f.name() + (f.descending() ? ",desc" : ",asc")).collect(Collectors.joining(";"));
    }

    String encode() {
        ObjectNode node = JSON.createObjectNode();
        node.put("l", list);
        node.put("s", sort);
        ArrayNode keys = node.putArray("k");
        values.forEach(keys::add);
        node.put("id", id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code raw}; 400 naming {@code after} when it is not a cursor this service made. */
    public static Cursor decode(String raw) {
        if (raw.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(raw.trim()));
            if (node == null || !node.isObject() || node.size() != 4 || !node.path("l").isTextual()
                    || !node.path("s").isTextual() || !node.path("k").isArray() || !node.path("id").canConvertToLong()
                    || !node.path("id").isIntegralNumber()) {
                throw invalid();
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : node.get("k")) {
                if (!value.isNull() && !value.isTextual()) {
                    throw invalid();
                }
                values.add(value.isNull() ? null : value.asText());
            }
            return new Cursor(node.get("l").asText(), node.get("s").asText(), values, node.get("id").asLong());
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    /** Refuses a cursor made for another list or under another sort than this page's. */
    void requireMadeFor(String idPath, List<SortField> sortOfPage) {
        if (!list.equals(idPath) || values.size() != sortOfPage.size()) {
            throw invalid();
        }
        String expected = signature(sortOfPage);
        if (!sort.equals(expected)) {
            throw ProblemException.ofParameter("paging.after.sort", PARAMETER,
                    sort.replace(";", " "), expected.replace(";", " "));
        }
    }

    /** The {@code index}th sort value as the type the query compares it with; 400 when it is not one. */
    Object value(int index, Class<?> type) {
        String text = values.get(index);
        if (text == null) {
            return null;
        }
        try {
            return parse(text, type);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(String text, Class<?> type) {
        if (type == String.class) {
            return text;
        }
        if (type == Long.class || type == long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class || type == int.class) {
            return Integer.valueOf(text);
        }
        if (type == Short.class || type == short.class) {
            return Short.valueOf(text);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException(text);
            }
            return Boolean.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, text);
        }
        throw new IllegalStateException("A sort value of type " + type + " cannot be read from a cursor");
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    static ProblemException invalid() {
        return ProblemException.ofParameter("paging.after.invalid", PARAMETER);
    }
}
