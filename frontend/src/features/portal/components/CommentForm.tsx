import { Alert, Button, Card, Checkbox, Form, Input, Switch } from 'antd';
import { useRef, useState } from 'react';
import type { FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { consentRule } from '@/components/consentRule';
import { ProblemAlert } from '@/components/ProblemAlert';
import { contactToSend } from '@/lib/contact';
import { newIdempotencyKey } from '@/lib/idempotency';
import { useI18n } from '@/lib/i18n';
import { useSubmitComment } from '../api';
import { PrivacyNotice } from './PrivacyNotice';

interface CommentFormValues {
  text: string;
  anonymous: boolean;
  authorName?: string;
  authorPhone?: string;
  authorEmail?: string;
  consent: boolean;
}

const FORM_FIELDS = ['text', 'authorName', 'authorPhone', 'authorEmail', 'consent'];

/** Góp ý on an open draft, signed out; name and contact optional and never published. */
export function CommentForm({ consultationId }: { consultationId: number }) {
  const { t } = useI18n();
  const [form] = Form.useForm<CommentFormValues>();
  const submit = useSubmitComment();
  const idempotencyKey = useRef(newIdempotencyKey());
  const [sent, setSent] = useState(false);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  const anonymous = Form.useWatch('anonymous', form);

  const onFinish = (values: CommentFormValues) => {
    setUnmatched([]);
    const contact = contactToSend(values.anonymous, {
      name: values.authorName,
      phone: values.authorPhone,
      email: values.authorEmail,
    });
    submit.mutate(
      {
        consultationId,
        idempotencyKey: idempotencyKey.current,
        body: {
          text: values.text.trim(),
          anonymous: values.anonymous,
          consent: !values.anonymous && values.consent,
          authorName: contact.name,
          authorPhone: contact.phone,
          authorEmail: contact.email,
        },
      },
      {
        onSuccess: () => {
          setSent(true);
          idempotencyKey.current = newIdempotencyKey();
          form.resetFields();
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, error, FORM_FIELDS)),
      },
    );
  };

  return (
    <Card title={t('portal.comment.title')} size="small">
      {sent && (
        <Alert
          type="success"
          showIcon
          title={t('portal.comment.sent')}
          closable={{ onClose: () => setSent(false) }}
          style={{ marginBottom: 12 }}
        />
      )}
      <ProblemAlert error={submit.error} unmatched={unmatched} />
      <Form<CommentFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ text: '', anonymous: true, consent: false }}
        onFinish={onFinish}
        disabled={submit.isPending}
      >
        <Form.Item
          name="text"
          label={t('portal.comment.text')}
          rules={[
            { required: true, whitespace: true, message: t('error.required', { field: t('portal.comment.text') }) },
          ]}
        >
          <Input.TextArea maxLength={5000} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <Form.Item name="anonymous" label={t('portal.form.anonymous')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {!anonymous && (
          <>
            <Form.Item name="authorName" label={t('portal.form.senderName')}>
              <Input maxLength={255} autoComplete="name" />
            </Form.Item>
            <Form.Item
              name="authorPhone"
              label={t('portal.form.senderPhone')}
              rules={[{ pattern: /^[0-9+() .-]{6,32}$/, message: t('portal.form.phoneInvalid') }]}
            >
              <Input maxLength={32} inputMode="tel" autoComplete="tel" />
            </Form.Item>
            <Form.Item
              name="authorEmail"
              label={t('portal.form.senderEmail')}
              rules={[{ type: 'email', message: t('portal.form.emailInvalid') }]}
            >
              <Input maxLength={255} inputMode="email" autoComplete="email" />
            </Form.Item>
            <PrivacyNotice />
            <Form.Item
              name="consent"
              valuePropName="checked"
              dependencies={['authorName', 'authorPhone', 'authorEmail']}
              rules={[consentRule(['authorName', 'authorPhone', 'authorEmail'], t('portal.form.consentRequired'))]}
            >
              <Checkbox>{t('portal.form.consent')}</Checkbox>
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('portal.comment.submit')}
        </Button>
      </Form>
    </Card>
  );
}
