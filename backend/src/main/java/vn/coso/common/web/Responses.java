package vn.coso.common.web;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;

/** Responses that carry a record's version as their ETag, so that a client can send If-Match. */
public final class Responses {

    private Responses() {
    }

    /** 201 for a record created by POST on its collection: its Location is the collection's address and its id. */
    public static <T> RestResponse<T> created(UriInfo uri, long id, long version, T body) {
        return created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build(), version, body);
    }

    /** 201 for a record created elsewhere than on its collection (a revision made by POST /regulations/{id}/revise). */
    public static <T> RestResponse<T> created(URI location, long version, T body) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body).tag(String.valueOf(version)).build();
    }

    public static <T> RestResponse<T> ok(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(String.valueOf(version)).build();
    }
}
