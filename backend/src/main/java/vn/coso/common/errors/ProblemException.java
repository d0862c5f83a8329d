package vn.coso.common.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure that the client caused and can understand: it carries the status, the stable code
 * and a message meant for people. Services throw it through the factory methods below.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
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

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage(), errors);
    }

    public int status() {
        return status;
    }
}
