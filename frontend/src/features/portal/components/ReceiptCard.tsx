import { CheckCircleTwoTone } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { FeedbackReceipt } from '../api';

/** After sending: the tracking code, big and easy to copy, and what happens next. */
export function ReceiptCard({ receipt, onAnother }: { receipt: FeedbackReceipt; onAnother: () => void }) {
  const { t } = useI18n();
  return (
    <Card>
      <Flex vertical align="center" gap={8} style={{ textAlign: 'center' }}>
        <CheckCircleTwoTone twoToneColor="#52c41a" style={{ fontSize: 40 }} />
        <Typography.Title level={1} className="page-title">
          {t('portal.receipt.title')}
        </Typography.Title>
        <Typography.Text>{t('portal.receipt.keepCode')}</Typography.Text>
        <Typography.Text
          className="tracking-code"
          data-testid="tracking-code"
          copyable={{ text: receipt.trackingCode, tooltips: [t('portal.receipt.copy'), t('portal.receipt.copied')] }}
        >
          {receipt.trackingCode}
        </Typography.Text>
      </Flex>
      <Descriptions
        column={1}
        size="small"
        style={{ marginTop: 16 }}
        items={[
          { key: 'unit', label: t('portal.track.unit'), children: receipt.unit?.name ?? '—' },
          { key: 'received', label: t('portal.track.received'), children: formatDateTime(receipt.receivedAt) },
          { key: 'ack', label: t('portal.receipt.acknowledgeBy'), children: formatDateTime(receipt.acknowledgeDueAt) },
          { key: 'answer', label: t('portal.receipt.answerBy'), children: formatDateTime(receipt.answerDueAt) },
        ]}
      />
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Link to={`/portal/track/${encodeURIComponent(receipt.trackingCode)}`}>
          <Button type="primary">{t('portal.receipt.follow')}</Button>
        </Link>
        <Button onClick={onAnother}>{t('portal.receipt.another')}</Button>
      </Flex>
    </Card>
  );
}
