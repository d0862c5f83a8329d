import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Flex, Grid, Layout, Menu, Space, Spin, Tooltip, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { hasAnyRole, useAuth, useMe } from '@/lib/auth';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useI18n } from '@/lib/i18n';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { NAV_ITEMS } from '../navigation';

const { Header, Sider, Content } = Layout;

/** The signed-in person and their unit; on a phone the name and unit are cut with an ellipsis, never wrapped. */
function UserBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  const { displayName } = useAuth();
  const me = useMe();
  const name = me.data?.name || displayName;
  const unitName = me.data?.unit?.name ?? (me.isPending ? '…' : t('header.noUnit'));
  return (
    <Flex align="center" gap={8} data-testid="current-user" className="user-badge" style={{ minWidth: 0 }}>
      <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#b71c1c', flex: 'none' }} />
      <Flex vertical style={{ lineHeight: 1.25, minWidth: 0, maxWidth: compact ? 150 : 240 }}>
        <Typography.Text strong ellipsis={{ tooltip: name }}>
          {name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: unitName }}>
          {unitName}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}

function Brand({ withTagline }: { withTagline: boolean }) {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={8}>
      <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
      {withTagline && (
        <Flex vertical style={{ lineHeight: 1.1 }}>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {t('app.tagline')}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}

/**
 * The frame around every page: side navigation, the signed-in user, language and sign-out. On a
 * phone (below 576 px, where commune officers often work) the menu moves into a drawer opened from
 * the header, and the header keeps only icons beside it.
 */
export function AppLayout() {
  const { t } = useI18n();
  const { roles, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const phone = Grid.useBreakpoint().xs === true;

  const items = NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: t(item.label),
  }));
  const selectedKey = NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.path;
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selectedKey ? [selectedKey] : []}
      onClick={({ key }) => {
        setMenuOpen(false);
        navigate(key);
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
  const signOut = (
    <Tooltip title={t('header.signOut')}>
      <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
        {t('header.signOut')}
      </Button>
    </Tooltip>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Sider
          theme="light"
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          breakpoint="lg"
          width={220}
          style={{ borderInlineEnd: '1px solid #f0f0f0' }}
        >
          <Flex align="center" style={{ height: 56, paddingInline: 20 }}>
            <Brand withTagline={!collapsed} />
          </Flex>
          {menu}
        </Sider>
      )}
      {phone && (
        <Drawer
          placement="left"
          size={280}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={<Brand withTagline />}
          styles={{ body: { padding: 0 } }}
        >
          <Flex
            justify="space-between"
            align="center"
            gap={8}
            style={{ padding: '12px 16px', borderBottom: '1px solid #f0f0f0' }}
          >
            <UserBadge compact />
            {signOut}
          </Flex>
          <nav aria-label={t('header.menu')}>{menu}</nav>
        </Drawer>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            paddingInline: phone ? 12 : 24,
            lineHeight: phone ? 'normal' : undefined,
            display: 'flex',
            justifyContent: phone ? 'space-between' : 'flex-end',
            alignItems: 'center',
            gap: 8,
          }}
        >
          {phone && (
            <Flex align="center" gap={8}>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('header.openMenu')}
                aria-expanded={menuOpen}
                onClick={() => setMenuOpen(true)}
              />
              <Brand withTagline={false} />
            </Flex>
          )}
          <Space size={phone ? 'small' : 'large'}>
            {hasAnyRole(roles, ['admin', 'officer', 'inspector', 'viewer']) && <NotificationBell />}
            <LanguageSwitch />
            {!phone && <UserBadge />}
            {!phone && signOut}
          </Space>
        </Header>
        <Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
