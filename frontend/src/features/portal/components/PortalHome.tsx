import { CommentOutlined, FileSearchOutlined, SendOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { RightsExplained } from './RightsExplained';

/**
 * What a citizen or worker can do here, in three doors. Plain elements, no Card or Typography: this
 * is the page a phone on a slow network opens first (its JavaScript budget: scripts/check-portal-size.mjs).
 */
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
      <h1 className="page-title">{t('portal.home.title')}</h1>
      <p className="portal-text">{t('portal.home.intro')}</p>
      <ul className="portal-doors">
        {doors.map((door) => (
          <li key={door.to}>
            <Link to={door.to} className="portal-door">
              <h2>
                {door.icon} {t(door.title)}
              </h2>
              <span>{t(door.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <RightsExplained />
    </>
  );
}

export default PortalHome;
