package vn.coso.common.errors;

import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.Msg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A failure that the client caused and can understand: it carries the status, the stable code
 * and a message meant for people. Services throw it through the factory methods below.
 *
 * <p>New code uses the keyed factories ({@link #of}, {@link #invalidField}): the detail is the
 * bundle text of the problem's {@code code} (see {@link Messages}), written in the request's
 * language when the answer is made. The factories taking literal English text are being moved
 * onto bundles and go when the last caller has moved.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Msg detailMessage;
    private final List<FieldMessage> fieldMessages;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
        this.detailMessage = null;
        this.fieldMessages = null;
    }

    private ProblemException(int status, String code, Msg detail, List<FieldMessage> fields) {
        super(detail.toString());
        this.status = status;
        this.code = code;
        this.title = null;
        this.errors = null;
        this.detailMessage = detail;
        this.fieldMessages = fields;
    }

    /** A field error whose message is written in the reader's language. */
    public record FieldMessage(String field, Msg message) {
    }

    /**
     * A problem whose detail is the bundle text of its code: {@code of(409, "consultation.closed", title)}
     * with {@code consultation.closed=Cuộc lấy ý kiến "{0}" đã kết thúc.} in {@code i18n/consultation_vi.properties}.
     */
    public static ProblemException of(int status, String code, Object... args) {
        return new ProblemException(status, code, Msg.of(code, args), null);
    }

    /** A problem whose stable code is shared by several situations, each with its own text. */
    public static ProblemException of(int status, String code, Msg detail) {
        return new ProblemException(status, code, detail, null);
    }

    /** 400 validation.failed for one field, its message the bundle text of {@code key}. */
    public static ProblemException invalidField(String field, String key, Object... args) {
        return invalidFields(List.of(new FieldMessage(field, Msg.of(key, args))));
    }

    /**
     * A problem about one field with a code of its own ({@code json.duplicate-key}): the detail names
     * the field, and the field's message is the bundle text of {@code code}.
     */
    public static ProblemException ofField(int status, String code, String field, Object... args) {
        return new ProblemException(status, code, Msg.of(code, args),
                List.of(new FieldMessage(field, Msg.of(code, args))));
    }

    /** 400 validation.failed for several fields at once. */
    public static ProblemException invalidFields(List<FieldMessage> fields) {
        return new ProblemException(400, "validation.failed", Msg.of("validation.failed", fields.size()),
                List.copyOf(fields));
    }

    /** 400 with its own code for one query parameter, named in the problem's errors. */
    public static ProblemException ofParameter(String code, String parameter, Object... args) {
        return new ProblemException(400, code, Msg.of(code, args), List.of(new FieldMessage(parameter, Msg.of(code, args))));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist.", null);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail, null);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation.failed", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException staleVersion(String what, long current) {
        return new ProblemException(409, "version.stale", "Stale version",
                what + " was changed by someone else (it is now at version " + current
                        + "). Reload it and apply your change again.", null);
    }

    public static ProblemException tooManyRequests(String code, String detail, long retryAfterSeconds) {
        return new ProblemException(429, code, "Too many requests", detail, null)
                .withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** A header the answer carries besides the problem, e.g. Retry-After. */
    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public String code() {
        return code;
    }

    /** The problem document in the reader's language. */
    public Problem toProblem(Messages messages, Locale locale) {
        String localTitle = title != null ? title : messages.text(locale, "title." + status);
        if (detailMessage == null) {
            return Problem.of(status, code, localTitle, getMessage(), errors);
        }
        if (fieldMessages == null || fieldMessages.isEmpty()) {
            return Problem.of(status, code, localTitle, messages.text(locale, detailMessage), null);
        }
        List<Problem.FieldError> fields = fieldMessages.stream()
                .map(f -> new Problem.FieldError(f.field(), messages.text(locale, f.message())))
                .toList();
        String detail = fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).message()
                : messages.text(locale, detailMessage);
        return Problem.of(status, code, localTitle, detail, fields);
    }

    public int status() {
        return status;
    }
}
