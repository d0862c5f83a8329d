package vn.coso.common.web;

import io.vertx.core.http.HttpMethod;
import vn.coso.common.errors.Problem;

import java.util.Locale;

/**
 * An operation whose body may be larger than {@code coso.http.max-body-size}: a file upload (plug-in point of
 * {@link BodyLimits}, implemented by the feature that owns the operation).
 */
public interface LargeBodyRoute {

    /** The largest body this route accepts for the request, or -1 when the request is not its. */
    long limitOf(HttpMethod method, String path);

    /** The 413 problem for a declared body over the limit, in the request's language. */
    Problem tooLarge(long limit, Locale locale);
}
