import { Alert, Button, Card, Checkbox, Form, Input, Progress, Radio, Select, Switch, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useRef, useState } from 'react';
import type { FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { consentRule } from '@/components/consentRule';
import { ProblemAlert } from '@/components/ProblemAlert';
import { contactToSend } from '@/lib/contact';
import { DEMOCRACY_RIGHTS, FEEDBACK_TYPES, type DemocracyRight, type FeedbackType } from '@/lib/democracy';
import { newIdempotencyKey } from '@/lib/idempotency';
import { useI18n } from '@/lib/i18n';
import {
  useSubmitFeedback,
  useUploadFeedbackFiles,
  type AttachmentVisibility,
  type FeedbackReceipt,
  type FileProgress,
} from '../api';
import { AttachmentPicker } from './AttachmentPicker';
import { ComplaintsNote } from './ComplaintsNote';
import { PrivacyNotice } from './PrivacyNotice';
import { ReceiptCard } from './ReceiptCard';
import { RightsExplained } from './RightsExplained';
import { UnitPicker } from './UnitPicker';

interface FeedbackFormValues {
  unitId?: number;
  right?: DemocracyRight;
  type: FeedbackType;
  title: string;
  text: string;
  anonymous: boolean;
  senderName?: string;
  senderPhone?: string;
  senderEmail?: string;
  consent: boolean;
}

const FORM_FIELDS = ['unitId', 'right', 'type', 'title', 'text', 'senderName', 'senderPhone', 'senderEmail', 'consent'];
export const TITLE_MAX = 200;
export const TEXT_MAX = 5000;

/** Gửi ý kiến, phản ánh, kiến nghị — signed out, anonymous if the sender wishes. */
export function FeedbackFormPage() {
  const { t } = useI18n();
  const [form] = Form.useForm<FeedbackFormValues>();
  const submit = useSubmitFeedback();
  // One key per submission: a retry after a lost answer gets the first receipt, not a second feedback.
  const idempotencyKey = useRef(newIdempotencyKey());
  const [receipt, setReceipt] = useState<FeedbackReceipt | null>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  const anonymous = Form.useWatch('anonymous', form);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [visibility, setVisibility] = useState<AttachmentVisibility>('STAFF');
  const uploads = useUploadFeedbackFiles();

  const onFinish = (values: FeedbackFormValues) => {
    setUnmatched([]);
    const contact = contactToSend(values.anonymous, {
      name: values.senderName,
      phone: values.senderPhone,
      email: values.senderEmail,
    });
    submit.mutate(
      {
        idempotencyKey: idempotencyKey.current,
        body: {
          unitId: values.unitId as number,
          right: values.right as DemocracyRight,
          type: values.type,
          title: values.title.trim(),
          text: values.text.trim(),
          anonymous: values.anonymous,
          consent: !values.anonymous && values.consent,
          senderName: contact.name,
          senderPhone: contact.phone,
          senderEmail: contact.email,
        },
      },
      {
        onSuccess: (answer) => {
          setReceipt(answer);
          window.scrollTo?.({ top: 0 });
          const chosen = files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);
          if (chosen.length > 0) {
            void uploads.upload(answer.trackingCode, chosen, visibility);
          }
        },
        onError: (error) => setUnmatched(applyProblemToForm(form, error, FORM_FIELDS)),
      },
    );
  };

  if (receipt) {
    return (
      <>
        {uploads.files.length > 0 && <UploadProgressCard files={uploads.files} />}
        <ReceiptCard
          receipt={receipt}
          onAnother={() => {
            idempotencyKey.current = newIdempotencyKey();
            submit.reset();
            form.resetFields();
            setFiles([]);
            uploads.reset();
            setReceipt(null);
          }}
        />
      </>
    );
  }

  const required = (field: string) => ({ required: true, message: t('error.required', { field }) });

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('portal.form.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('portal.form.intro')}</Typography.Paragraph>
      <ComplaintsNote />
      <Card>
        <ProblemAlert error={submit.error} unmatched={unmatched} />
        <Form<FeedbackFormValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ type: 'FEEDBACK', anonymous: false, consent: false, title: '', text: '' }}
          onFinish={onFinish}
          disabled={submit.isPending}
          // On a phone the first error is far above the button: bring it into view and into focus.
          scrollToFirstError={{ block: 'center', behavior: 'smooth', focus: true }}
        >
          <Form.Item
            name="unitId"
            label={t('portal.form.unit')}
            extra={t('portal.form.unitHint')}
            rules={[required(t('portal.form.unit'))]}
          >
            <UnitPicker />
          </Form.Item>
          <Form.Item name="right" label={t('portal.form.right')} rules={[required(t('portal.form.right'))]}>
            <Select<DemocracyRight>
              placeholder={t('portal.form.rightPlaceholder')}
              // Six options of two lines each: a virtual list of fixed-height rows would hide some.
              virtual={false}
              listHeight={360}
              options={DEMOCRACY_RIGHTS.map((right) => ({
                value: right,
                label: t(`right.${right}`),
              }))}
              optionRender={(option) => (
                <div style={{ whiteSpace: 'normal' }}>
                  <div>{option.label}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`right.${option.value as DemocracyRight}.hint`)}
                  </Typography.Text>
                </div>
              )}
            />
          </Form.Item>
          <div style={{ marginTop: -12, marginBottom: 16 }}>
            <RightsExplained />
          </div>
          <Form.Item name="type" label={t('portal.form.type')}>
            <Radio.Group options={FEEDBACK_TYPES.map((type) => ({ value: type, label: t(`feedbackType.${type}`) }))} />
          </Form.Item>
          <Form.Item
            name="title"
            label={t('portal.form.subject')}
            rules={[
              required(t('portal.form.subject')),
              { whitespace: true, message: t('error.required', { field: t('portal.form.subject') }) },
            ]}
          >
            <Input maxLength={TITLE_MAX} showCount placeholder={t('portal.form.subjectPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('portal.form.text')}
            rules={[
              required(t('portal.form.text')),
              { whitespace: true, message: t('error.required', { field: t('portal.form.text') }) },
            ]}
          >
            <Input.TextArea
              maxLength={TEXT_MAX}
              showCount
              autoSize={{ minRows: 5, maxRows: 14 }}
              placeholder={t('portal.form.textPlaceholder')}
            />
          </Form.Item>

          <AttachmentPicker
            files={files}
            onFilesChange={setFiles}
            visibility={visibility}
            onVisibilityChange={setVisibility}
            disabled={submit.isPending}
          />

          <Form.Item
            name="anonymous"
            label={t('portal.form.anonymous')}
            valuePropName="checked"
            extra={t('portal.form.anonymousHint')}
          >
            <Switch />
          </Form.Item>
          {!anonymous && (
            <>
              <Typography.Paragraph type="secondary">{t('portal.form.senderHint')}</Typography.Paragraph>
              <Form.Item name="senderName" label={t('portal.form.senderName')}>
                <Input maxLength={200} autoComplete="name" />
              </Form.Item>
              <Form.Item
                name="senderPhone"
                label={t('portal.form.senderPhone')}
                rules={[{ pattern: /^[0-9+()./ -]{6,32}$/, message: t('portal.form.phoneInvalid') }]}
              >
                <Input maxLength={32} inputMode="tel" autoComplete="tel" />
              </Form.Item>
              <Form.Item
                name="senderEmail"
                label={t('portal.form.senderEmail')}
                rules={[{ type: 'email', message: t('portal.form.emailInvalid') }]}
              >
                <Input maxLength={254} inputMode="email" autoComplete="email" />
              </Form.Item>
              <PrivacyNotice />
              <Form.Item
                name="consent"
                valuePropName="checked"
                dependencies={['senderName', 'senderPhone', 'senderEmail']}
                rules={[consentRule(['senderName', 'senderPhone', 'senderEmail'], t('portal.form.consentRequired'))]}
              >
                <Checkbox>{t('portal.form.consent')}</Checkbox>
              </Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
            {t('portal.form.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}

/** The sender's files on their way, one bar each. */
function UploadProgressCard({ files }: { files: FileProgress[] }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={t('portal.files.sending')}
      style={{ marginBottom: 16 }}
      data-testid="portal-upload-progress"
    >
      {files.map((file) => (
        <div key={file.name} style={{ marginBottom: 8 }}>
          <Typography.Text ellipsis style={{ display: 'block' }}>
            {file.name}
          </Typography.Text>
          <Progress
            percent={Math.round(file.progress * 100)}
            status={file.status === 'failed' ? 'exception' : file.status === 'done' ? 'success' : 'active'}
            size="small"
          />
          {file.error && <Alert type="error" showIcon message={file.error.detail ?? file.error.message} />}
        </div>
      ))}
    </Card>
  );
}

export default FeedbackFormPage;
