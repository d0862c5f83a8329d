package vn.coso.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.errors.Problem;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;

import java.util.Locale;

/**
 * Request body limits per operation: a spreadsheet upload may be as large as
 * {@code coso.imports.max-file-size}, a signed-out one under /api/v1/public/ as
 * {@code coso.http.max-public-body-size}, every other body {@code coso.http.max-body-size}. Quarkus has
 * one limit for the whole server ({@code quarkus.http.limits.max-body-size}, set just above the
 * largest of these), so this narrows it per path: a declared Content-Length over the limit answers
 * 413 problem+json at once, and a streamed body is cut at the limit while it is read.
 */
@ApplicationScoped
public class BodyLimits {

    /** The upload operation, POST /api/v1/imports?kind=…. */
    public static final String UPLOAD_PATH = "/api/v1/imports";
    /** Before Quarkus's own check (order -2), so that the answer is problem+json. */
    private static final int CHECK_ORDER = -3;
    /** After Quarkus's own check, which records the server-wide limit for the body reader. */
    private static final int LIMIT_ORDER = -1;

    public static final String PUBLIC_PREFIX = "/api/v1/public/";

    private final long maxBodySize;
    private final long maxPublicBodySize;
    private final long maxFileSize;
    private final ObjectMapper json;
    private final Messages messages;
    private final java.util.List<LargeBodyRoute> largeBodyRoutes;

    public BodyLimits(CosoConfig config, ObjectMapper json, Messages messages, Instance<LargeBodyRoute> largeBodyRoutes) {
        this.largeBodyRoutes = largeBodyRoutes.stream().toList();
        this.maxBodySize = config.http().maxBodySize().asLongValue();
        this.maxPublicBodySize = config.http().maxPublicBodySize().asLongValue();
        this.maxFileSize = config.imports().maxFileSize().asLongValue();
        this.json = json;
        this.messages = messages;
    }

    void install(@Observes Router router) {
        router.route().order(CHECK_ORDER).handler(this::refuseDeclaredTooLarge);
        router.route().order(LIMIT_ORDER).handler(context -> {
            // The upload counts its own bytes (see ImportService) and answers problem+json past the limit.
            long large = largeBodyLimit(context);
            long limit = large >= 0 ? large : isUpload(context) ? maxFileSize + 1 : limitOf(context);
            if (large >= 0 && isChunked(context)) {
                // A chunked file upload is cut by the multipart reader at quarkus.http.limits.max-body-size,
                // whose 413 goes through ProblemMappers (problem+json, the route's own words) and deletes
                // what it had spooled; the body reader's own cut would answer an empty 413.
                limit = Long.MAX_VALUE;
            }
            context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
            context.next();
        });
    }

    public long maxFileSize() {
        return maxFileSize;
    }

    private void refuseDeclaredTooLarge(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        LargeBodyRoute route = largeBodyRouteOf(context);
        long limit = route != null ? route.limitOf(context.request().method(), context.normalizedPath())
                : isUpload(context) ? maxFileSize : limitOf(context);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length < 0 && route == null && !isUpload(context) && isChunked(context)) {
            readWithin(context, limit);
            return;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        refuse(context, limit);
    }

    /**
     * A body sent without Content-Length (chunked) is read here, up to the limit, and handed to the
     * resource as a whole: Quarkus's own reader would cut it with an empty 413 and an exception that
     * looks like a failure of ours. Bodies other than uploads are small, so reading them first costs nothing.
     */
    private void readWithin(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(context, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            if (!refused[0] && !context.response().ended()) {
                refused[0] = true;
                context.fail(400, failure);
            }
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
        request.resume();
    }

    private void refuse(RoutingContext context, long limit) {
        Locale language = RequestLocale.fromHeader(context.request().getHeader("Accept-Language"));
        LargeBodyRoute route = largeBodyRouteOf(context);
        Problem problem = route != null ? route.tooLarge(limit, language)
                : isUpload(context)
                ? Problem.of(413, "import.file-too-large", messages.text(language, "title.413"),
                messages.text(language, "import.file-too-large", megabytes(limit)))
                : Problem.of(413, "request.too-large", messages.text(language, "title.413"),
                messages.text(language, "request.too-large"));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413}";
        }
        // The body is not read: close the connection rather than drain it.
        context.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body);
    }

    private static boolean isChunked(RoutingContext context) {
        String encoding = context.request().getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    private LargeBodyRoute largeBodyRouteOf(RoutingContext context) {
        for (LargeBodyRoute route : largeBodyRoutes) {
            if (route.limitOf(context.request().method(), context.normalizedPath()) >= 0) {
                return route;
            }
        }
        return null;
    }

    private long largeBodyLimit(RoutingContext context) {
        LargeBodyRoute route = largeBodyRouteOf(context);
        return route == null ? -1 : route.limitOf(context.request().method(), context.normalizedPath());
    }

    private long limitOf(RoutingContext context) {
        return context.normalizedPath().startsWith(PUBLIC_PREFIX) ? maxPublicBodySize : maxBodySize;
    }

    private static boolean isUpload(RoutingContext context) {
        String path = context.normalizedPath();
        return context.request().method() == HttpMethod.POST
                && (path.equals(UPLOAD_PATH) || path.equals(UPLOAD_PATH + "/"));
    }

    public static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
