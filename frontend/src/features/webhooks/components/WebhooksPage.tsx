import { Button, Card, Drawer, Flex, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { useFormProblems } from '@/components/useFormProblems';
import { formatDateTime } from '@/lib/dates';
import { useI18n, type MessageKey } from '@/lib/i18n';
import {
  WEBHOOK_EVENTS,
  useCreateWebhook,
  useDeliveries,
  useRedeliver,
  useSetWebhookEnabled,
  useWebhooks,
  type WebhookDelivery,
  type WebhookSubscription,
  type WebhookSubscriptionRequest,
} from '../api';

const FIELDS = ['url', 'eventTypes', 'unitId', 'description'] as const;

const STATUS_COLOR: Record<string, string> = { PENDING: 'gold', DELIVERED: 'green', FAILED: 'red' };

/** Đăng ký webhook (admin): where events go, paused or resumed, with each one's delivery log. */
export function WebhooksPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<WebhookSubscription | null>(null);
  const list = useWebhooks(page);
  const setEnabled = useSetWebhookEnabled();

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('webhooks.title')} createLabel={t('webhooks.create')} onCreate={() => setCreating(true)} />
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('webhooks.intro')}
      </Typography.Paragraph>
      <ProblemAlert error={list.error ?? setEnabled.error} />
      <Card>
        <Table<WebhookSubscription>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page + 1, pageSize: 20, total: list.data?.total, onChange: (p) => setPage(p - 1) }}
          columns={[
            {
              title: t('webhooks.url'),
              dataIndex: 'url',
              render: (url: string, s) => (
                <Flex vertical>
                  <Typography.Text code>{url}</Typography.Text>
                  {s.description && <Typography.Text type="secondary">{s.description}</Typography.Text>}
                </Flex>
              ),
            },
            {
              title: t('webhooks.events'),
              dataIndex: 'eventTypes',
              render: (types: string[]) => (
                <Space size={[0, 4]} wrap>
                  {types.map((type) => (
                    <Tag key={type}>{type}</Tag>
                  ))}
                </Space>
              ),
            },
            { title: t('webhooks.owner'), dataIndex: 'owner' },
            {
              title: t('webhooks.enabled'),
              dataIndex: 'enabled',
              render: (enabled: boolean, s) => (
                <Space orientation="vertical" size={0}>
                  <Switch
                    checked={enabled}
                    aria-label={t('webhooks.enabled')}
                    loading={setEnabled.isPending && setEnabled.variables?.subscription.id === s.id}
                    onChange={(checked) => setEnabled.mutate({ subscription: s, enabled: checked })}
                  />
                  {s.disabledReason && (
                    <Typography.Text type="danger">
                      {t(`webhooks.disabled.${s.disabledReason}` as MessageKey, { count: s.failureStreak })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: '',
              key: 'log',
              render: (_, s) => (
                <Button size="small" onClick={() => setLogOf(s)}>
                  {t('webhooks.log')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <CreateWebhookModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setSecret(created.secret ?? null);
        }}
      />
      <Modal
        open={secret !== null}
        title={t('webhooks.secret.title')}
        onOk={() => setSecret(null)}
        onCancel={() => setSecret(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Typography.Paragraph>{t('webhooks.secret.once')}</Typography.Paragraph>
        <Typography.Paragraph copyable code data-testid="webhook-secret">
          {secret}
        </Typography.Paragraph>
      </Modal>
      <DeliveryLog subscription={logOf} onClose={() => setLogOf(null)} />
    </Flex>
  );
}

function CreateWebhookModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (created: WebhookSubscription) => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<WebhookSubscriptionRequest>();
  const create = useCreateWebhook();
  const problems = useFormProblems(form, FIELDS);

  return (
    <Modal
      open={open}
      title={t('webhooks.create')}
      okText={t('webhooks.create')}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <ProblemAlert error={problems.error} unmatched={problems.unmatched} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) =>
          create.mutate(values, {
            onError: problems.show,
            onSuccess: (created) => {
              problems.clear();
              form.resetFields();
              onCreated(created);
            },
          })
        }
      >
        <Form.Item name="url" label={t('webhooks.url')} rules={[{ required: true, type: 'url' }]}>
          <Input placeholder="https://tich-hop.example.vn/coso/events" />
        </Form.Item>
        <Form.Item name="eventTypes" label={t('webhooks.events')} rules={[{ required: true }]}>
          <Select mode="multiple" options={WEBHOOK_EVENTS.map((type) => ({ value: type, label: type }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('webhooks.unit')} extra={t('webhooks.unit.help')}>
          <UnitTreeSelect allowClear />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.description')}>
          <Input maxLength={255} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DeliveryLog({ subscription, onClose }: { subscription: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const deliveries = useDeliveries(subscription?.id, page);
  const redeliver = useRedeliver(subscription?.id ?? 0);

  return (
    <Drawer
      open={subscription !== null}
      onClose={onClose}
      size={880}
      title={subscription ? t('webhooks.log.title', { url: subscription.url }) : ''}
    >
      <ProblemAlert error={deliveries.error ?? redeliver.error} />
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        loading={deliveries.isPending}
        dataSource={deliveries.data?.items ?? []}
        pagination={{
          current: page + 1,
          pageSize: 10,
          total: deliveries.data?.total,
          onChange: (p) => setPage(p - 1),
        }}
        expandable={{
          expandedRowRender: (d) => (
            <Table
              rowKey="attempt"
              size="small"
              pagination={false}
              dataSource={d.attemptLog}
              columns={[
                { title: t('webhooks.log.attempt'), dataIndex: 'attempt' },
                { title: t('webhooks.log.at'), dataIndex: 'attemptedAt', render: (v: string) => formatDateTime(v) },
                { title: t('webhooks.log.code'), dataIndex: 'statusCode', render: (v?: number | null) => v ?? '—' },
                { title: t('webhooks.log.error'), dataIndex: 'error' },
                { title: t('webhooks.log.duration'), dataIndex: 'durationMs', render: (v: number) => `${v} ms` },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('webhooks.log.event'), dataIndex: 'eventType' },
          {
            title: 'webhook-id',
            dataIndex: 'messageId',
            render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
          },
          {
            title: t('webhooks.log.status'),
            dataIndex: 'status',
            render: (status: string) => (
              <Tag color={STATUS_COLOR[status]}>{t(`webhooks.status.${status}` as MessageKey)}</Tag>
            ),
          },
          { title: t('webhooks.log.attempts'), dataIndex: 'attempts' },
          {
            title: t('webhooks.log.code'),
            dataIndex: 'lastStatusCode',
            render: (v?: number | null, d?: WebhookDelivery) => v ?? d?.lastError ?? '—',
          },
          { title: t('webhooks.log.created'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          {
            title: '',
            key: 'redeliver',
            render: (_, d) => (
              <Button
                size="small"
                disabled={!subscription?.enabled}
                loading={redeliver.isPending && redeliver.variables === d.id}
                onClick={() => redeliver.mutate(d.id)}
              >
                {t('webhooks.redeliver')}
              </Button>
            ),
          },
        ]}
      />
    </Drawer>
  );
}

export default WebhooksPage;
