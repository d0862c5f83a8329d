import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useI18n } from '@/lib/i18n';

const LINKS = [
  { to: '/portal/feedback', label: 'portal.nav.send' },
  { to: '/portal/track', label: 'portal.nav.track' },
  { to: '/portal/consultations', label: 'portal.nav.consultations' },
] as const;

/**
 * The frame of the public portal: no sign-in, no side menu, one narrow column that reads on a
 * phone. Staff reach their pages through a full page load, which signs them in. Plain elements
 * rather than Ant Design's Layout and Typography: every citizen downloads this frame.
 */
export function PortalLayout() {
  const { t } = useI18n();
  return (
    <div className="portal">
      <header className="portal-header">
        <div className="portal-column portal-top">
          <NavLink to="/portal" className="portal-brand">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
            <span className="portal-brand-text">
              <strong>{t('portal.title')}</strong>
              <span className="portal-secondary">{t('portal.subtitle')}</span>
            </span>
          </NavLink>
          <LanguageSwitch />
        </div>
        <nav className="portal-column portal-nav" aria-label={t('portal.nav.label')}>
          {LINKS.map((link) => (
            <NavLink key={link.to} to={link.to}>
              {t(link.label)}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="portal-column" style={{ paddingBlock: 16 }}>
        <Suspense
          fallback={
            <p className="portal-loading" role="status">
              {t('app.loading')}
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-column portal-footer">
        <span className="portal-secondary">{t('portal.footer')}</span>{' '}
        <a href={import.meta.env.BASE_URL}>{t('portal.staffSignIn')}</a>
      </footer>
    </div>
  );
}

export default PortalLayout;
