import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '../config';
import { pickRoles, type AuthSession } from './session';

/** Seconds of validity below which a token is refreshed before use. */
const MIN_TOKEN_VALIDITY = 30;

/**
 * Signs the user in (authorization code flow with PKCE S256) and resolves once a session exists.
 * `login-required` sends a signed-out visitor to the Keycloak login page and back.
 */
export async function startKeycloakSession(config: RuntimeConfig): Promise<AuthSession> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_TOKEN_VALIDITY).catch(() => keycloak.login());
  };
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  const token = keycloak.tokenParsed ?? {};
  const username = (token.preferred_username as string | undefined) ?? '';
  return {
    username,
    displayName: (token.name as string | undefined) ?? username,
    roles: pickRoles(token.realm_access?.roles),
    async getToken() {
      try {
        await keycloak.updateToken(MIN_TOKEN_VALIDITY);
      } catch {
        // The refresh token is gone (session ended elsewhere): sign in again.
        await keycloak.login();
      }
      return keycloak.token ?? '';
    },
    logout: () => keycloak.logout({ redirectUri: window.location.origin + import.meta.env.BASE_URL }),
  };
}
