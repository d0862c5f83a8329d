import { describe, expect, it } from 'vitest';
import { mockApi } from '@/testing/mockApi';
import { signedOutSession } from '@/lib/auth';
import { createApiClient } from './client';

describe('createApiClient', () => {
  it('sends the current bearer token, asking the session for a fresh one on each call', async () => {
    let calls = 0;
    const { fetch, requests } = mockApi({
      'GET /api/v1/me': () => ({ body: { username: 'admin', name: 'Admin', roles: ['admin'], unit: null } }),
    });
    const client = createApiClient({
      baseUrl: 'http://api.test',
      getToken: async () => `token-${++calls}`,
      fetch,
    });

    await client.GET('/api/v1/me');
    await client.GET('/api/v1/me');

    expect(requests.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
  });
});

describe('the language', () => {
  it('is sent as Accept-Language on every call, following the user when they switch', async () => {
    let language = 'vi';
    const { fetch, requests } = mockApi({
      'GET /api/v1/me': () => ({ body: { username: 'admin', name: 'Admin', roles: ['admin'], unit: null } }),
      'GET /api/v1/public/units': () => ({ body: { items: [], page: 0, size: 20, total: 0 } }),
    });
    const client = createApiClient({
      baseUrl: 'http://api.test',
      getToken: signedOutSession().getToken,
      getLanguage: () => language,
      fetch,
    });

    await client.GET('/api/v1/me');
    language = 'en';
    await client.GET('/api/v1/public/units', { params: { query: {} } });

    expect(requests.map((r) => r.headers.get('Accept-Language'))).toEqual(['vi', 'en']);
  });
});

describe('the signed-out portal', () => {
  it('sends no Authorization header at all', async () => {
    const { fetch, requests } = mockApi({
      'GET /api/v1/public/units': () => ({ body: { items: [], page: 0, size: 20, total: 0 } }),
    });
    const client = createApiClient({ baseUrl: 'http://api.test', getToken: signedOutSession().getToken, fetch });

    await client.GET('/api/v1/public/units', { params: { query: { q: 'ha long' } } });

    expect(requests[0].headers.has('Authorization')).toBe(false);
  });
});
