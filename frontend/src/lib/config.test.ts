import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';

describe('parseConfig', () => {
  it('accepts the four settings and drops trailing slashes', () => {
    expect(
      parseConfig({
        apiUrl: 'https://coso.example/',
        keycloakUrl: 'https://sso.example/',
        realm: 'coso',
        clientId: 'coso-frontend',
      }),
    ).toEqual({
      apiUrl: 'https://coso.example',
      keycloakUrl: 'https://sso.example',
      realm: 'coso',
      clientId: 'coso-frontend',
    });
  });

  it('names what is missing', () => {
    expect(() => parseConfig({ apiUrl: 'http://x', realm: 'coso' })).toThrow('keycloakUrl, clientId');
    expect(() => parseConfig(null)).toThrow('not a JSON object');
  });
});
