import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { useUnreadCount } from '../api';

/** The bell in the staff header: how many notifications are unread; a click opens them. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const unread = useUnreadCount().data ?? 0;
  const label = unread > 0 ? t('notifications.bell.unread', { count: unread }) : t('notifications.bell.none');
  return (
    <Tooltip title={label}>
      <Badge count={unread} overflowCount={99} size="small">
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={label}
          data-testid="notification-bell"
          data-unread={unread}
          onClick={() => navigate('/notifications')}
        />
      </Badge>
    </Tooltip>
  );
}
