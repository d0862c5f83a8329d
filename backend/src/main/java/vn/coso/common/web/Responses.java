package vn.coso.common.web;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry a record's version as their ETag, so that a client can send If-Match. */
public final class Responses {

    private Responses() {
    }

    public static <T> RestResponse<T> created(UriInfo uri, long id, long version, T body) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(body).tag(String.valueOf(version)).build();
    }

    public static <T> RestResponse<T> ok(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(String.valueOf(version)).build();
    }
}
