import { Alert, Button } from 'antd';
import { useId, useState } from 'react';
import { useI18n } from '@/lib/i18n';

/**
 * Khiếu nại, tố cáo follow their own laws: say so before anyone writes, in one line on a phone,
 * with where to turn a tap away.
 */
export function ComplaintsNote() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const detailId = useId();
  return (
    <Alert
      type="info"
      showIcon
      title={t('portal.complaints.title')}
      description={open ? <span id={detailId}>{t('portal.complaints.text')}</span> : undefined}
      action={
        <Button
          size="small"
          type="link"
          aria-expanded={open}
          aria-controls={open ? detailId : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? t('portal.complaints.less') : t('portal.complaints.more')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
