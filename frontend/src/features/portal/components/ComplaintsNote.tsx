import { Alert } from 'antd';
import { useI18n } from '@/lib/i18n';

/** Khiếu nại, tố cáo follow their own laws: say so before anyone writes, and where to turn. */
export function ComplaintsNote() {
  const { t } = useI18n();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('portal.complaints.title')}
      description={t('portal.complaints.text')}
      style={{ marginBottom: 16 }}
    />
  );
}
