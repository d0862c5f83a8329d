/** Deployment settings, read at startup from `/config.json` beside the app so one build runs anywhere. */
export interface RuntimeConfig {
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

const REQUIRED_KEYS: (keyof RuntimeConfig)[] = ['apiUrl', 'keycloakUrl', 'realm', 'clientId'];

export function parseConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) {
    throw new Error('config.json is not a JSON object');
  }
  const values = raw as Record<string, unknown>;
  const missing = REQUIRED_KEYS.filter((key) => typeof values[key] !== 'string' || values[key] === '');
  if (missing.length > 0) {
    throw new Error(`config.json lacks ${missing.join(', ')}`);
  }
  return {
    apiUrl: (values.apiUrl as string).replace(/\/+$/, ''),
    keycloakUrl: (values.keycloakUrl as string).replace(/\/+$/, ''),
    realm: values.realm as string,
    clientId: values.clientId as string,
  };
}

export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<RuntimeConfig> {
  // no-store: a redeploy with other URLs must take effect without a cache flush.
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`Cannot load ${url}: HTTP ${response.status}`);
  }
  return parseConfig(await response.json());
}
