import createClient from 'openapi-fetch';
import type { paths } from './schema';

/** The typed client, plus what file transfers outside it (uploads with progress) need. */
export type ApiClient = ReturnType<typeof createClient<paths>> & {
  baseUrl: string;
  getToken: () => Promise<string>;
};

export interface ApiClientOptions {
  baseUrl: string;
  /** Returns a fresh bearer token; the Keycloak session refreshes it through `updateToken`. */
  getToken: () => Promise<string>;
  /** The user's current language, sent as Accept-Language so that the API's messages match the screen. */
  getLanguage?: () => string;
  fetch?: typeof globalThis.fetch;
}

/** The one client every hook uses: typed from openapi.yaml, with the caller's bearer token and language. */
export function createApiClient({ baseUrl, getToken, getLanguage, fetch }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({ baseUrl, ...(fetch ? { fetch } : {}) });
  client.use({
    async onRequest({ request }) {
      const token = await getToken();
      if (token) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      const language = getLanguage?.();
      if (language) {
        request.headers.set('Accept-Language', language);
      }
      return request;
    },
  });
  return Object.assign(client, { baseUrl, getToken });
}
