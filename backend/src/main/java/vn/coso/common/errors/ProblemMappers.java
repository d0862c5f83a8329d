package vn.coso.common.errors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.web.LargeBodyRoute;
import vn.coso.common.web.StrictJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Turns every failure into problem+json. No stack trace or class name ever reaches the client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Messages messages;
    private final RequestLocale locale;

    private final List<LargeBodyRoute> largeBodyRoutes;

    public ProblemMappers(Messages messages, RequestLocale locale, Instance<LargeBodyRoute> largeBodyRoutes) {
        this.messages = messages;
        this.locale = locale;
        this.largeBodyRoutes = largeBodyRoutes.stream().toList();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e) {
        RestResponse.ResponseBuilder<Problem> response = RestResponse.ResponseBuilder.<Problem>create(e.status())
                .entity(e.toProblem(messages, locale.get()))
                .type(Problem.MEDIA_TYPE);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> validation(ConstraintViolationException e) {
        boolean ourFault = e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (ourFault) {
            return unexpected(e);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : text("validation.failed", errors.size());
        return respond(Problem.of(400, "validation.failed", title(400), detail, errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return respond(Problem.of(400, "json.unknown-field", text("json.unknown-field.title"),
                text("json.unknown-field", field),
                List.of(new Problem.FieldError(field, text("json.unknown-field.message")))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongValue(InvalidFormatException e) {
        String field = jsonPath(e);
        return invalidValue(field, e.getTargetType());
    }

    private RestResponse<Problem> invalidValue(String field, Class<?> type) {
        String expected = describe(type);
        return respond(Problem.of(400, "json.invalid-value", text("json.invalid-value.title"),
                text("json.invalid-value", field, expected),
                List.of(new Problem.FieldError(field, text("json.invalid-value.message", expected)))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongShape(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(Problem.of(400, "json.malformed", text("json.malformed.title"),
                    text("json.malformed.missing")));
        }
        return invalidValue(field, e.getTargetType());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> otherMapping(JsonMappingException e) {
        String field = jsonPath(e);
        String detail = field.isEmpty() ? text("json.unreadable") : text("json.unreadable.field", field);
        return respond(Problem.of(400, "json.invalid-value", text("json.invalid-value.title"), detail,
                field.isEmpty() ? null : List.of(new Problem.FieldError(field, text("json.unreadable.message")))));
    }

    /** A string that cannot be stored as sent (half of a surrogate pair), see {@link StrictJson}. */
    @ServerExceptionMapper
    public RestResponse<Problem> invalidText(StrictJson.InvalidText e) {
        return problem(ProblemException.ofField(400, "json.invalid-text", jsonPath(e)));
    }

    private RestResponse<Problem> jsonProblem(JsonMappingException e) {
        if (e instanceof StrictJson.InvalidText text) {
            return invalidText(text);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (e instanceof InvalidFormatException invalid) {
            return wrongValue(invalid);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongShape(mismatched);
        }
        return otherMapping(e);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> malformed(JsonProcessingException e) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return problem(ProblemException.ofField(400, "json.duplicate-key", duplicate));
        }
        return respond(Problem.of(400, "json.malformed", text("json.malformed.title"),
                text("json.malformed", String.valueOf(lineOf(e)))));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationCompletion(AuthenticationCompletionException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "forbidden", title(403), text("forbidden.role")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> optimisticLock(OptimisticLockException e) {
        return staleVersion();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> staleState(StaleStateException e) {
        return staleVersion();
    }

    /** A database constraint caught a race that the service's own checks could not see. */
    @ServerExceptionMapper
    public RestResponse<Problem> databaseConstraint(org.hibernate.exception.ConstraintViolationException e) {
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase();
        if (constraint.contains("fk_")) {
            return respond(Problem.of(409, "record.referenced", title(409), text("record.referenced")));
        }
        String code = constraint.contains("uq_unit_code") ? "unit.code.duplicate"
                : constraint.contains("uq_unit_tax_code") ? "unit.tax-code.duplicate" : "record.duplicate";
        return respond(Problem.of(409, code, title(409), text("record.duplicate")));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonProblem(mapping);
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return malformed(processing);
        }
        Response r = e.getResponse();
        int status = r.getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Problem problem = switch (status) {
            case 400 -> Problem.of(400, "request.invalid", title(400), text("request.invalid"));
            case 404 -> Problem.of(404, "not-found", title(404), text("not-found.address"));
            case 405 -> Problem.of(405, "method.not-allowed", title(405), text("method.not-allowed"));
            case 406 -> Problem.of(406, "media-type.not-acceptable", title(406), text("media-type.not-acceptable"));
            case 413 -> tooLarge(request);
            case 415 -> Problem.of(415, "media-type.unsupported", title(415), text("media-type.unsupported"));
            default -> Problem.of(status, "http." + status, r.getStatusInfo().getReasonPhrase(),
                    r.getStatusInfo().getReasonPhrase());
        };
        return respond(problem);
    }

    /**
     * A body cut while it was read (a chunked upload has no Content-Length to refuse beforehand): an upload
     * operation explains its own limit, any other says the request is too large.
     */
    private Problem tooLarge(HttpServerRequest request) {
        if (request != null) {
            for (LargeBodyRoute route : largeBodyRoutes) {
                long limit = route.limitOf(request.method(), request.path());
                if (limit >= 0) {
                    return route.tooLarge(limit, locale.get());
                }
            }
        }
        return Problem.of(413, "request.too-large", title(413), text("request.too-large"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("The database cannot be reached: %s", e.getMessage());
            return problem(ProblemException.of(503, "database.unavailable").withHeader("Retry-After", "5"));
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s", errorId);
        return respond(Problem.of(500, "internal", title(500), text("internal", errorId)));
    }

    static RestResponse<Problem> respond(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status())
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private RestResponse<Problem> unauthenticated() {
        return RestResponse.ResponseBuilder.<Problem>create(401)
                .entity(Problem.of(401, "unauthenticated", title(401), text("unauthenticated")))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coso\"")
                .build();
    }

    private RestResponse<Problem> staleVersion() {
        return respond(Problem.of(409, "version.stale", title(409), text("version.stale")));
    }

    private String title(int status) {
        return messages.text(locale.get(), "title." + status);
    }

    private String text(String key, Object... args) {
        return messages.text(locale.get(), key, args);
    }

    /** The field a violation is about: the request property, or the query parameter's name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    /**
     * The path of a key given twice in one object ({@code JsonParser.Feature.STRICT_DUPLICATE_DETECTION}
     * reports it as a parse error with no type of its own), or null for any other parse error.
     */
    static String duplicateKey(JsonProcessingException e) {
        if (!(e instanceof StreamReadException read) || e.getOriginalMessage() == null
                || !e.getOriginalMessage().startsWith("Duplicate field '")
                || read.getProcessor() == null) {
            return null;
        }
        JsonParser parser = read.getProcessor();
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.add(0, "." + context.getCurrentName());
            } else if (context.inArray()) {
                parts.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a JSON value of this type must be, in the reader's language ("one of …" for an enum). */
    private String describe(Class<?> type) {
        if (type == null) {
            return text("type.other");
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return text("type.one-of", values.toString());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return text("type.integer");
        }
        if (Number.class.isAssignableFrom(type)) {
            return text("type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return text("type.boolean");
        }
        if (type == String.class) {
            return text("type.string");
        }
        if (type == java.time.LocalDate.class) {
            return text("type.date");
        }
        if (type == java.time.Instant.class) {
            return text("type.instant");
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return text("type.array");
        }
        return text("type.object");
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }
}
