import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import type { UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_FORMS,
  useDisclosure,
  useSaveDisclosure,
  type Disclosure,
  type DisclosureCategory,
  type DisclosureForm,
  type DisclosureRequest,
} from '../api';

interface FormValues {
  unitId: number;
  category: DisclosureCategory;
  title: string;
  content?: string | null;
  forms: DisclosureForm[];
  postedOn: Dayjs;
  postedUntil?: Dayjs | null;
  place?: string | null;
  link?: string | null;
}

const FORM_FIELDS = [
  'unitId',
  'category',
  'title',
  'content',
  'forms',
  'postedOn',
  'postedUntil',
  'place',
  'link',
] as const;

function toRequest(values: FormValues): DisclosureRequest {
  return {
    unitId: values.unitId,
    category: values.category,
    title: values.title?.trim() ?? '',
    content: blankToUndefined(values.content),
    forms: values.forms,
    postedOn: toApiDate(values.postedOn),
    postedUntil: values.postedUntil ? toApiDate(values.postedUntil) : undefined,
    place: blankToUndefined(values.place),
    link: blankToUndefined(values.link),
  };
}

function toValues(disclosure: Disclosure): FormValues {
  return {
    unitId: disclosure.unit.id,
    category: disclosure.category,
    title: disclosure.title,
    content: disclosure.content ?? null,
    forms: disclosure.forms,
    postedOn: fromApiDate(disclosure.postedOn) as Dayjs,
    postedUntil: disclosure.postedUntil ? (fromApiDate(disclosure.postedUntil) as Dayjs) : null,
    place: disclosure.place ?? null,
    link: disclosure.link ?? null,
  };
}

interface DisclosureFormDrawerProps {
  target: FormTarget | null;
  units: UnitOption | undefined;
  onClose: () => void;
}

/** Record or correct what a unit made public: what, when, how and where (dân biết). */
export function DisclosureFormDrawer({ target, units, onClose }: DisclosureFormDrawerProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const disclosure = useDisclosure(editId);
  const save = useSaveDisclosure();

  return (
    <RecordFormDrawer<FormValues, Disclosure>
      target={target}
      title={editId ? t('disclosures.editTitle', { name: disclosure.data?.title ?? '' }) : t('disclosures.createTitle')}
      form={form}
      name="disclosure"
      record={disclosure}
      toValues={toValues}
      fields={FORM_FIELDS}
      save={(values, version) => save.mutateAsync({ id: editId, version, body: toRequest(values) })}
      savedMessage={(saved) => t(editId ? 'disclosures.updated' : 'disclosures.created', { name: saved.title })}
      staleMessage={t('disclosures.conflict.stale')}
      onClose={onClose}
      after={
        editId !== undefined && (
          <AttachmentsPanel
            kind="disclosure"
            ownerId={editId}
            title={t('attachments.disclosure')}
            canUpload
            visibilities={['STAFF']}
          />
        )
      }
    >
      <Form.Item name="unitId" label={t('disclosures.field.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} />
      </Form.Item>
      <Form.Item name="category" label={t('disclosures.field.category')} rules={[{ required: true }]}>
        <Select
          options={DISCLOSURE_CATEGORIES.map((category) => ({
            value: category,
            label: t(`disclosureCategory.${category}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('disclosures.field.title')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="content" label={t('disclosures.field.content')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
      </Form.Item>
      <Form.Item name="forms" label={t('disclosures.field.forms')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          options={DISCLOSURE_FORMS.map((value) => ({ value, label: t(`disclosureForm.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="postedOn" label={t('disclosures.field.postedOn')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="postedUntil" label={t('disclosures.field.postedUntil')}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="place" label={t('disclosures.field.place')}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="link" label={t('disclosures.field.link')} extra={t('disclosures.field.linkHint')}>
        <Input maxLength={1000} autoComplete="off" />
      </Form.Item>
    </RecordFormDrawer>
  );
}
