package vn.coso.common.i18n;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Locale;

/**
 * The language of the current request, from {@code Accept-Language}: Vietnamese by default,
 * English when the caller prefers it. Outside a request (jobs, mail) pass the recipient's locale
 * to {@link Messages} yourself.
 */
@RequestScoped
public class RequestLocale {

    private final Instance<HttpServerRequest> request;
    private Locale locale;

    public RequestLocale(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    public Locale get() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    private Locale resolve() {
        try {
            return fromHeader(request.get().getHeader("Accept-Language"));
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Messages.VIETNAMESE;
        }
    }

    /** The supported language an {@code Accept-Language} header prefers; Vietnamese when none. */
    public static Locale fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Messages.VIETNAMESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), Messages.SUPPORTED);
            return best == null ? Messages.VIETNAMESE : best;
        } catch (IllegalArgumentException e) {
            return Messages.VIETNAMESE;
        }
    }
}
