import { CommentOutlined, FileSearchOutlined, SendOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { RightsExplained } from './RightsExplained';

/** What a citizen or worker can do here, in three doors. */
export function PortalHome() {
  const { t } = useI18n();
  const doors = [
    { to: '/portal/feedback', icon: <SendOutlined />, title: 'portal.home.send', text: 'portal.home.sendText' },
    { to: '/portal/track', icon: <FileSearchOutlined />, title: 'portal.home.track', text: 'portal.home.trackText' },
    {
      to: '/portal/consultations',
      icon: <CommentOutlined />,
      title: 'portal.home.consult',
      text: 'portal.home.consultText',
    },
  ] as const;
  return (
    <>
      <Typography.Title level={2}>{t('portal.home.title')}</Typography.Title>
      <Typography.Paragraph>{t('portal.home.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]} style={{ marginBottom: 24 }}>
        {doors.map((door) => (
          <Col key={door.to} xs={24} md={8}>
            <Link to={door.to}>
              <Card hoverable size="small" style={{ height: '100%' }}>
                <Typography.Title level={4} style={{ marginTop: 0 }}>
                  {door.icon} {t(door.title)}
                </Typography.Title>
                <Typography.Text type="secondary">{t(door.text)}</Typography.Text>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <RightsExplained />
    </>
  );
}

export default PortalHome;
