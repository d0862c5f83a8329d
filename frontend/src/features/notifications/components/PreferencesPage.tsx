import { App, Button, Card, Flex, Form, Radio, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { DELIVERIES, STAFF_EVENTS, usePreferences, useSavePreferences, type NotificationDelivery } from '../api';

interface Values {
  events: Record<string, NotificationDelivery>;
  language: string;
}

/** Cách nhận thông báo: per event, a mail each, a daily digest, in the app only, or not at all; and the language. */
export function PreferencesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const preferences = usePreferences();
  const save = useSavePreferences();

  useEffect(() => {
    if (preferences.data) {
      form.setFieldsValue({ events: { ...preferences.data.events }, language: preferences.data.language });
    }
  }, [preferences.data, form]);

  const submit = (values: Values) =>
    save.mutate(values, { onSuccess: () => void message.success(t('notifications.preferences.saved')) });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('notifications.preferences.title')}
      </Typography.Title>
      <ProblemAlert error={preferences.error ?? save.error} />
      <Card loading={preferences.isPending}>
        <Form form={form} layout="vertical" onFinish={submit}>
          {STAFF_EVENTS.map((event) => (
            <Form.Item
              key={event}
              name={['events', event]}
              label={t(`notifications.event.${event}` as MessageKey)}
              style={{ marginBottom: 16 }}
            >
              <Radio.Group optionType="button" aria-label={t(`notifications.event.${event}` as MessageKey)}>
                {DELIVERIES.map((delivery) => (
                  <Radio.Button key={delivery} value={delivery}>
                    {t(`notifications.delivery.${delivery}` as MessageKey)}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
          ))}
          <Form.Item name="language" label={t('notifications.language')}>
            <Select
              style={{ maxWidth: 240 }}
              options={[
                { value: 'vi', label: 'Tiếng Việt' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('notifications.preferences.save')}
            </Button>
          </Space>
        </Form>
      </Card>
    </Flex>
  );
}

export default PreferencesPage;
