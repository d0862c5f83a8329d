/** What the app needs from whoever signed the user in; Keycloak in the app, a fake in tests. */
export interface AuthSession {
  username: string;
  displayName: string;
  /** Realm roles of the signed-in user (`realm_access.roles`), limited to Coso's own. */
  roles: Role[];
  /** A valid access token, refreshed first when it is about to expire. */
  getToken(): Promise<string>;
  logout(): Promise<void>;
}

export const ROLES = ['admin', 'officer', 'inspector', 'viewer', 'integration'] as const;
export type Role = (typeof ROLES)[number];

export function pickRoles(realmRoles: readonly string[] | undefined): Role[] {
  return ROLES.filter((role) => realmRoles?.includes(role));
}

/** The visitor of the public portal: nobody signed in, no token, no roles. */
export function signedOutSession(): AuthSession {
  return {
    username: '',
    displayName: '',
    roles: [],
    getToken: async () => '',
    logout: async () => {},
  };
}
