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
 * <p>Every factory is keyed ({@link #of}, {@link #invalidField}…): the detail is the bundle text of the
 * problem's {@code code}, or of the {@link Msg} given (see {@link Messages}), written in the request's
 * language when the answer is made. There is deliberately no way to pass literal text.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Msg detailMessage;
    private final List<FieldMessage> fieldMessages;

    private ProblemException(int status, String code, Msg detail, List<FieldMessage> fields) {
        super(detail.toString());
        this.status = status;
        this.code = code;
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
        return ofField(400, code, parameter, args);
    }

    /** 400 validation.failed for one field, its message already a {@link Msg} (e.g. from a rule class). */
    public static ProblemException invalidField(String field, Msg message) {
        return invalidFields(List.of(new FieldMessage(field, message)));
    }

    /**
     * 404 not-found for a record: {@code notFound("record.consultation", id)} reads "Cuộc lấy ý kiến số 5
     * không tồn tại…"; the noun keys ({@code record.*}) are in {@code i18n/common}.
     */
    public static ProblemException notFound(String recordKey, Object id) {
        return of(404, "not-found", Msg.of("not-found.record", record(recordKey, id)));
    }

    /** 403 forbidden with the reason in the reader's language. */
    public static ProblemException forbidden(String key, Object... args) {
        return of(403, "forbidden", Msg.of(key, args));
    }

    /** 409 version.stale: someone else changed the record (its name a {@code record.*} message). */
    public static ProblemException staleVersion(Msg what, long current) {
        return of(409, "version.stale", Msg.of("version.stale.record", what, String.valueOf(current)));
    }

    /** 429 with Retry-After. */
    public static ProblemException tooManyRequests(String code, Msg detail, long retryAfterSeconds) {
        return of(429, code, detail).withHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** A record's name for messages: {@code record("record.unit", "XA-01")} → "Đơn vị XA-01". */
    public static Msg record(String recordKey, Object id) {
        return Msg.of(recordKey, String.valueOf(id));
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
        String localTitle = messages.text(locale, "title." + status);
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
