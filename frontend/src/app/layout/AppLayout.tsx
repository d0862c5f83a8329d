import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Layout, Menu, Space, Spin, Tooltip, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { hasAnyRole, useAuth, useMe } from '@/lib/auth';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useI18n } from '@/lib/i18n';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';
import { NAV_ITEMS } from '../navigation';

const { Header, Sider, Content } = Layout;

function UserBadge() {
  const { t } = useI18n();
  const { displayName } = useAuth();
  const me = useMe();
  const unitName = me.data?.unit?.name ?? (me.isPending ? '…' : t('header.noUnit'));
  return (
    <Space size="small" data-testid="current-user">
      <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#b71c1c' }} />
      <Flex vertical style={{ lineHeight: 1.25 }}>
        <Typography.Text strong>{me.data?.name || displayName}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unitName}
        </Typography.Text>
      </Flex>
    </Space>
  );
}

/** The frame around every page: side navigation, the signed-in user, language and sign-out. */
export function AppLayout() {
  const { t } = useI18n();
  const { roles, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);

  const items = NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles)).map((item) => ({
    key: item.path,
    icon: item.icon,
    label: t(item.label),
  }));
  const selectedKey = NAV_ITEMS.find((item) => location.pathname.startsWith(item.path))?.path;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider
        theme="light"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="lg"
        width={220}
        style={{ borderInlineEnd: '1px solid #f0f0f0' }}
      >
        <Flex align="center" gap={8} style={{ height: 56, paddingInline: 20 }}>
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
          {!collapsed && (
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
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selectedKey ? [selectedKey] : []}
          onClick={({ key }) => navigate(key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Sider>
      <Layout>
        <Header
          style={{
            background: '#fff',
            borderBottom: '1px solid #f0f0f0',
            paddingInline: 24,
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
          }}
        >
          <Space size="large">
            {hasAnyRole(roles, ['admin', 'officer', 'inspector', 'viewer']) && <NotificationBell />}
            <LanguageSwitch />
            <UserBadge />
            <Tooltip title={t('header.signOut')}>
              <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
                {t('header.signOut')}
              </Button>
            </Tooltip>
          </Space>
        </Header>
        <Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
