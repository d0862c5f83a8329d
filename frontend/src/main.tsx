import { createRoot } from 'react-dom/client';
import { isPortalPath } from '@/app/portalPath';
import { loadConfig } from '@/lib/config';
import { loadLanguage, storedLanguage } from '@/lib/i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

// Said before any dictionary has arrived (each language is a chunk of its own).
const STARTUP = {
  vi: { loading: 'Đang tải…', failed: 'Không khởi động được ứng dụng' },
  en: { loading: 'Loading…', failed: 'The application could not start' },
} as const;

function StartupMessage({ text, detail }: { text: string; detail?: string }) {
  return (
    <div className="startup" role="status">
      <p>{text}</p>
      {detail && <pre>{detail}</pre>}
    </div>
  );
}

async function start() {
  const language = storedLanguage();
  document.documentElement.lang = language;
  root.render(<StartupMessage text={STARTUP[language].loading} />);
  try {
    // The public portal is an app of its own: it never downloads the sign-in library (keycloak-js),
    // the staff layout and pages, nor the other language's dictionary.
    const [config, app] = await Promise.all([
      loadConfig(),
      isPortalPath(window.location.pathname) ? import('@/app/PortalApp') : import('@/app/StaffApp'),
      loadLanguage(language),
    ]);
    await app.start(root, config);
  } catch (error) {
    // keycloak-js rejects without an Error when the sign-in service cannot be reached.
    const detail = error instanceof Error ? error.message : 'Keycloak did not answer (see config.json)';
    root.render(<StartupMessage text={STARTUP[language].failed} detail={detail} />);
  }
}

void start();
