import { App as AntApp } from 'antd';
import { StrictMode, type ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import { createApiClient } from '@/api';
import { startKeycloakSession } from '@/lib/auth/keycloak';
import type { RuntimeConfig } from '@/lib/config';
import { currentLanguage } from '@/lib/i18n';
import { AntdFrame } from './AntdFrame';
import { App } from './App';
import { createAppRouter } from './router';

/** Ant Design around every staff page, with its App (message, notification and modal hooks). */
function StaffFrame({ children }: { children: ReactNode }) {
  return (
    <AntdFrame>
      <AntApp>{children}</AntApp>
    </AntdFrame>
  );
}

/**
 * The staff app: signs the user in through Keycloak (authorization code flow with PKCE), then shows
 * the signed-in layout. Loaded by main.tsx for every path outside the public portal.
 */
export async function start(root: Root, config: RuntimeConfig) {
  const session = await startKeycloakSession(config);
  const api = createApiClient({ baseUrl: config.apiUrl, getToken: session.getToken, getLanguage: currentLanguage });
  root.render(
    <StrictMode>
      <App session={session} api={api} createRouter={createAppRouter} frame={StaffFrame} />
    </StrictMode>,
  );
}
