import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '@/api';
import { App } from '@/app/App';
import { isPortalPath } from '@/app/portalPath';
import { signedOutSession } from '@/lib/auth';
import { startKeycloakSession } from '@/lib/auth/keycloak';
import { loadConfig } from '@/lib/config';
import { currentLanguage, storedLanguage, translate } from '@/lib/i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

function StartupMessage({ text, detail }: { text: string; detail?: string }) {
  return (
    <div className="startup">
      <p>{text}</p>
      {detail && <pre>{detail}</pre>}
    </div>
  );
}

async function start() {
  const language = storedLanguage();
  root.render(<StartupMessage text={translate(language, 'app.loading')} />);
  try {
    const config = await loadConfig();
    // The public portal never asks anyone to sign in, nor waits for Keycloak.
    const session = isPortalPath(window.location.pathname) ? signedOutSession() : await startKeycloakSession(config);
    const api = createApiClient({
      baseUrl: config.apiUrl,
      getToken: session.getToken,
      getLanguage: currentLanguage,
    });
    root.render(
      <StrictMode>
        <App session={session} api={api} />
      </StrictMode>,
    );
  } catch (error) {
    // keycloak-js rejects without an Error when the sign-in service cannot be reached.
    const detail = error instanceof Error ? error.message : 'Keycloak did not answer (see config.json)';
    root.render(<StartupMessage text={translate(language, 'app.startFailed')} detail={detail} />);
  }
}

void start();
