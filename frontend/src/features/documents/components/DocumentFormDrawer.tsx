import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import { useOwnUnitByDefault, type UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import {
  DOCUMENT_KINDS,
  useDocument,
  useSaveDocument,
  type DirectiveDocument,
  type DocumentKind,
  type DocumentRequest,
} from '../api';

interface FormValues {
  issuerUnitId: number;
  issuingBody?: string | null;
  kind: DocumentKind;
  number: string;
  issueDate: Dayjs;
  title: string;
  summary?: string | null;
}

const FORM_FIELDS = ['issuerUnitId', 'issuingBody', 'kind', 'number', 'issueDate', 'title', 'summary'] as const;

function toRequest(values: FormValues): DocumentRequest {
  return {
    issuerUnitId: values.issuerUnitId,
    issuingBody: blankToUndefined(values.issuingBody),
    kind: values.kind,
    number: values.number?.trim() ?? '',
    issueDate: toApiDate(values.issueDate),
    title: values.title?.trim() ?? '',
    summary: blankToUndefined(values.summary),
  };
}

function toValues(document: DirectiveDocument): FormValues {
  return {
    issuerUnitId: document.issuerUnit.id,
    issuingBody: document.issuingBody ?? null,
    kind: document.kind,
    number: document.number,
    issueDate: fromApiDate(document.issueDate) as Dayjs,
    title: document.title,
    summary: document.summary ?? null,
  };
}

interface DocumentFormDrawerProps {
  target: FormTarget | null;
  units: UnitOption | undefined;
  onClose: () => void;
}

/** Record or correct a directive document (văn bản chỉ đạo). */
export function DocumentFormDrawer({ target, units, onClose }: DocumentFormDrawerProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  // Only units that existed on the issue date are offered.
  const issueDate = Form.useWatch('issueDate', form);
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const document = useDocument(editId);
  const save = useSaveDocument();
  useOwnUnitByDefault(form, 'issuerUnitId', units, target?.mode === 'create');

  return (
    <RecordFormDrawer<FormValues, DirectiveDocument>
      target={target}
      title={editId ? t('documents.editTitle', { name: document.data?.number ?? '' }) : t('documents.createTitle')}
      form={form}
      name="document"
      record={document}
      toValues={toValues}
      fields={FORM_FIELDS}
      save={(values, version) => save.mutateAsync({ id: editId, version, body: toRequest(values) })}
      savedMessage={(saved) => t(editId ? 'documents.updated' : 'documents.created', { name: saved.number })}
      conflicts={{ 'document.number.duplicate': { message: t('documents.conflict.duplicateNumber'), field: 'number' } }}
      staleMessage={t('documents.conflict.stale')}
      onClose={onClose}
      after={
        editId !== undefined && (
          <AttachmentsPanel
            kind="document"
            ownerId={editId}
            title={t('attachments.signedText')}
            canUpload
            visibilities={['STAFF']}
          />
        )
      }
    >
      <Form.Item name="issuerUnitId" label={t('documents.field.issuer')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} on={toApiDate(issueDate)} />
      </Form.Item>
      <Form.Item
        name="issuingBody"
        label={t('documents.field.issuingBody')}
        extra={t('documents.field.issuingBodyHint')}
      >
        <Input maxLength={255} autoComplete="off" />
      </Form.Item>
      <Form.Item name="kind" label={t('documents.field.kind')} rules={[{ required: true }]}>
        <Select options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documentKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item
        name="number"
        label={t('documents.field.number')}
        extra={t('documents.field.numberHint')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item name="issueDate" label={t('documents.field.issueDate')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="title" label={t('documents.field.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="summary" label={t('documents.field.summary')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
