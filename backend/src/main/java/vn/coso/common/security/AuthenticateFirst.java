package vn.coso.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Everything under /api/v1/ except /api/v1/public/ needs a signed-in caller, and that is checked
 * before the request is matched to an operation: a caller without a valid token learns 401 and
 * nothing else (not 415 for the wrong media type, 405 for the wrong method or 404 for a missing
 * address). Authentication stays lazy ({@code quarkus.http.auth.proactive=false}) so that its
 * failures reach the problem+json mappers; the identity found here is the one the operation sees.
 */
public class AuthenticateFirst {

    static final String API = "/api/v1/";
    static final String PUBLIC = "/api/v1/public/";

    private final CurrentIdentityAssociation identities;

    public AuthenticateFirst(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!needsCaller(request.getMethod(), path)) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> identity.isAnonymous()
                ? Uni.createFrom().failure(new UnauthorizedException())
                : Uni.createFrom().voidItem());
    }

    static boolean needsCaller(String method, String path) {
        return path != null && path.startsWith(API) && !path.startsWith(PUBLIC) && !"OPTIONS".equals(method);
    }
}
