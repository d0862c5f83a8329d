import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDateTime } from '@/lib/dates';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { notificationLink, useMarkAllRead, useMarkRead, useNotifications, type Notification } from '../api';

const PAGE_SIZE = 20;

/** Thông báo: what Coso told me in the app, newest first; read one by one or all at once. */
export function NotificationsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ page, size: PAGE_SIZE, unreadOnly });
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const open = (n: Notification) => {
    if (!n.readAt) {
      markRead.mutate(n.id);
    }
    const link = notificationLink(n);
    if (link) {
      navigate(link);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('notifications.title')}
        </Typography.Title>
        <Space wrap>
          <Checkbox
            checked={unreadOnly}
            onChange={(e) => {
              setUnreadOnly(e.target.checked);
              setPage(0);
            }}
          >
            {t('notifications.unreadOnly')}
          </Checkbox>
          <Button icon={<CheckOutlined />} loading={markAll.isPending} onClick={() => markAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
          <Link to="/notifications/preferences">
            <Button icon={<SettingOutlined />}>{t('notifications.preferences')}</Button>
          </Link>
        </Space>
      </Flex>
      <ProblemAlert error={list.error ?? markRead.error ?? markAll.error} />
      <Card>
        <List<Notification>
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('notifications.empty') }}
          pagination={
            (list.data?.total ?? 0) > PAGE_SIZE
              ? { current: page + 1, pageSize: PAGE_SIZE, total: list.data?.total, onChange: (p) => setPage(p - 1) }
              : false
          }
          renderItem={(n) => (
            <List.Item
              data-testid="notification-item"
              data-read={n.readAt ? 'true' : 'false'}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button key="read" size="small" type="link" onClick={() => markRead.mutate(n.id)}>
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {!n.readAt && <Tag color="red">{t('notifications.new')}</Tag>}
                    <Typography.Link strong={!n.readAt} onClick={() => open(n)}>
                      {n.title}
                    </Typography.Link>
                  </Space>
                }
                description={
                  <Space size="small" wrap>
                    <Typography.Text type="secondary">
                      {t(`notifications.event.${n.eventType}` as MessageKey)}
                    </Typography.Text>
                    <Typography.Text type="secondary">· {formatDateTime(n.createdAt)}</Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}

export default NotificationsPage;
