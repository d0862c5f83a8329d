import { Flex, Layout, Spin, Typography } from 'antd';
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
 * phone. Staff reach their pages through a full page load, which signs them in.
 */
export function PortalLayout() {
  const { t } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh', background: '#faf7f5' }}>
      <header className="portal-header">
        <Flex className="portal-column" align="center" justify="space-between" wrap gap={8}>
          <NavLink to="/portal" className="portal-brand">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
            <Flex vertical style={{ lineHeight: 1.15 }}>
              <Typography.Text strong style={{ fontSize: 17 }}>
                {t('portal.title')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('portal.subtitle')}
              </Typography.Text>
            </Flex>
          </NavLink>
          <LanguageSwitch />
        </Flex>
        <nav className="portal-column portal-nav" aria-label={t('portal.nav.label')}>
          {LINKS.map((link) => (
            <NavLink key={link.to} to={link.to}>
              {t(link.label)}
            </NavLink>
          ))}
        </nav>
      </header>
      <main className="portal-column" style={{ paddingBlock: 16 }}>
        <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="portal-column portal-footer">
        <Typography.Text type="secondary">{t('portal.footer')}</Typography.Text>{' '}
        <a href={import.meta.env.BASE_URL}>{t('portal.staffSignIn')}</a>
      </footer>
    </Layout>
  );
}

export default PortalLayout;
