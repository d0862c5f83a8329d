import { Typography } from 'antd';
import { useI18n } from '@/lib/i18n';

/** The notice of Decree 13/2023/NĐ-CP on personal data: what is kept, why, who sees it, how long. */
export function PrivacyNotice() {
  const { t } = useI18n();
  return (
    <div
      role="note"
      aria-label={t('portal.privacy.title')}
      style={{ background: '#f6f6f6', borderRadius: 6, padding: '8px 12px', marginBottom: 12 }}
    >
      <Typography.Text strong>{t('portal.privacy.title')}</Typography.Text>
      <Typography.Paragraph style={{ marginBottom: 0, fontSize: 13 }}>{t('portal.privacy.text')}</Typography.Paragraph>
    </div>
  );
}
