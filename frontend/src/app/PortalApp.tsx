import { StrictMode, useEffect } from 'react';
import type { Root } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { createApiClient } from '@/api';
import { signedOutSession } from '@/lib/auth';
import type { RuntimeConfig } from '@/lib/config';
import { currentLanguage } from '@/lib/i18n';
import { App } from './App';
import { routerBasename } from './portalPath';
import { portalRoutes } from './portalRoutes';

/** A path outside the portal belongs to the staff app, which a full page load starts (and signs in). */
function StaffPath() {
  useEffect(() => window.location.reload(), []);
  return null;
}

function createPortalRouter() {
  return createBrowserRouter([portalRoutes, { path: '*', element: <StaffPath /> }], { basename: routerBasename() });
}

/** The public portal: nobody signs in, nothing waits for Keycloak. Loaded by main.tsx for /portal/*. */
export async function start(root: Root, config: RuntimeConfig) {
  const session = signedOutSession();
  const api = createApiClient({ baseUrl: config.apiUrl, getToken: session.getToken, getLanguage: currentLanguage });
  root.render(
    <StrictMode>
      <App session={session} api={api} createRouter={createPortalRouter} />
    </StrictMode>,
  );
}
