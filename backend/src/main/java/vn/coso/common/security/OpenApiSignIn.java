package vn.coso.common.security;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's sign-in as the contract describes it: one OAuth 2 scheme whose only flow is the
 * authorization code (Swagger UI adds PKCE, {@code quarkus.swagger-ui.oauth-use-pkce-with-authorization-code-grant}),
 * with the scopes Coso asks Keycloak for. Keycloak's discovery document ({@code openIdConnect}) would
 * offer every grant it supports (password, implicit…) and its hundred-odd scopes.
 *
 * <p>Quarkus writes the roles of {@code @RolesAllowed} into each operation's requirement; for an
 * OAuth 2 scheme those would read as scopes, so they move to the operation's {@code x-roles}.
 */
public final class OpenApiSignIn {

    public static final String SCHEME = "keycloak";
    private static final String DISCOVERY_SUFFIX = "/.well-known/openid-configuration";

    private OpenApiSignIn() {
    }

    public static void describe(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey(SCHEME)) {
            return;
        }
        SecurityScheme generated = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
        String realm = realmUrl(generated.getOpenIdConnectUrl());
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description(generated.getDescription())
                .flows(OASFactory.createOAuthFlows().authorizationCode(OASFactory.createOAuthFlow()
                        .authorizationUrl(realm + "/protocol/openid-connect/auth")
                        .tokenUrl(realm + "/protocol/openid-connect/token")
                        .refreshUrl(realm + "/protocol/openid-connect/token")
                        .scopes(scopes()))));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                moveRoles(operation);
            }
        }
    }

    private static Map<String, String> scopes() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("openid", "Sign in (OpenID Connect).");
        scopes.put("profile", "Your name, shown in histories.");
        scopes.put("email", "Your e-mail address.");
        return scopes;
    }

    private static void moveRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            List<String> scopes = requirement.getScheme(SCHEME);
            if (scopes != null && !scopes.isEmpty()) {
                roles.addAll(scopes);
                requirement.addScheme(SCHEME, new ArrayList<>());
            }
        }
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", roles.stream().distinct().toList());
        }
    }

    private static String realmUrl(String discovery) {
        String url = discovery != null ? discovery : ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-openapi.oidc-open-id-connect-url", String.class)
                .orElse("http://localhost:8180/realms/coso" + DISCOVERY_SUFFIX);
        return url.endsWith(DISCOVERY_SUFFIX) ? url.substring(0, url.length() - DISCOVERY_SUFFIX.length()) : url;
    }
}
