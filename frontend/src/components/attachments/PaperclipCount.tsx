import { PaperClipOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '@/lib/i18n';

/** The paperclip of a list row: how many files the record holds (nothing when none). */
export function PaperclipCount({ count }: { count: number | undefined }) {
  const { t } = useI18n();
  if (!count) {
    return null;
  }
  return (
    <Typography.Text
      type="secondary"
      style={{ marginLeft: 8 }}
      aria-label={t('attachments.count', { count })}
      data-testid="attachment-count"
    >
      <PaperClipOutlined /> {count}
    </Typography.Text>
  );
}
