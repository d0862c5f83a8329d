package vn.coso.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Refuses (401) a token that {@link TokenRevocations} revoked; an in-memory look-up, no I/O. */
@ApplicationScoped
public class RevokedTokenCheck implements SecurityIdentityAugmentor {

    private final TokenRevocations revocations;

    RevokedTokenCheck(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token
                && revocations.isRevoked(token.getSubject(), token.getIssuedAtTime())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("token revoked"));
        }
        return Uni.createFrom().item(identity);
    }
}
