package vn.coso.common.web;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers every answer under /api/ carries, errors and early refusals (401, 413) included: the
 * API serves JSON and files, never pages, so nothing in it may be sniffed into HTML, framed or run
 * ({@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}); no address leaks in
 * a Referer; and nothing is kept by a browser or a proxy ({@code Cache-Control: no-store}) unless
 * the operation chose its own caching (the public figures).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Before every other handler, so that answers written early (BodyLimits) carry the headers too. */
    private static final int ORDER = -10;

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(context -> {
            context.addHeadersEndHandler(ignored -> apply(context.response().headers()));
            context.next();
        });
    }

    static void apply(MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", API_CSP);
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Strict-Transport-Security", "max-age=31536000");
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
