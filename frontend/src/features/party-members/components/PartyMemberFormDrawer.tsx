import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import {
  PARTY_MEMBER_STATUSES,
  usePartyMember,
  useSavePartyMember,
  type PartyMember,
  type PartyMemberRequest,
  type PartyMemberStatus,
} from '../api';
import { OrganizationSelect } from './OrganizationSelect';

interface FormValues {
  fullName: string;
  partyCardNumber: string;
  dateOfBirth?: Dayjs | null;
  admissionDate: Dayjs;
  officialDate?: Dayjs | null;
  organizationId?: number;
  post?: string | null;
  status: PartyMemberStatus;
}

const FORM_FIELDS = [
  'fullName',
  'partyCardNumber',
  'dateOfBirth',
  'admissionDate',
  'officialDate',
  'organizationId',
  'post',
  'status',
] as const;

function toRequest(values: FormValues, creating: boolean): PartyMemberRequest {
  return {
    fullName: values.fullName?.trim() ?? '',
    partyCardNumber: values.partyCardNumber?.trim() ?? '',
    dateOfBirth: toApiDate(values.dateOfBirth),
    admissionDate: toApiDate(values.admissionDate),
    officialDate: toApiDate(values.officialDate),
    // A member changes organisation only through a transfer, which keeps the history.
    organizationId: creating ? values.organizationId : undefined,
    post: blankToUndefined(values.post),
    status: values.status,
  };
}

function toValues(member: PartyMember): FormValues {
  return {
    fullName: member.fullName,
    partyCardNumber: member.partyCardNumber,
    dateOfBirth: fromApiDate(member.dateOfBirth) ?? null,
    admissionDate: fromApiDate(member.admissionDate) as Dayjs,
    officialDate: fromApiDate(member.officialDate) ?? null,
    organizationId: member.organization.id,
    post: member.post ?? null,
    status: member.status,
  };
}

/** Record or correct a party member; the organisation is chosen on creation and changed by a transfer. */
export function PartyMemberFormDrawer({ target, onClose }: { target: FormTarget | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const member = usePartyMember(editId);
  const save = useSavePartyMember();

  return (
    <RecordFormDrawer<FormValues, PartyMember>
      target={target}
      title={
        editId ? t('partyMembers.editTitle', { name: member.data?.fullName ?? '' }) : t('partyMembers.createTitle')
      }
      form={form}
      name="partyMember"
      record={member}
      toValues={toValues}
      createValues={() => ({ status: 'ACTIVE' })}
      fields={FORM_FIELDS}
      save={(values, version) =>
        save.mutateAsync({ id: editId, version, body: toRequest(values, editId === undefined) })
      }
      savedMessage={(saved) => t(editId ? 'partyMembers.updated' : 'partyMembers.created', { name: saved.fullName })}
      conflicts={{
        'party-member.card.duplicate': { message: t('partyMembers.conflict.duplicateCard'), field: 'partyCardNumber' },
      }}
      staleMessage={t('partyMembers.conflict.stale')}
      onClose={onClose}
    >
      <Form.Item
        name="fullName"
        label={t('partyMembers.field.fullName')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={255} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="partyCardNumber"
        label={t('partyMembers.field.card')}
        extra={t('partyMembers.field.cardHint')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input maxLength={20} autoComplete="off" />
      </Form.Item>
      <Form.Item name="dateOfBirth" label={t('partyMembers.field.dateOfBirth')}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="admissionDate" label={t('partyMembers.field.admissionDate')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="officialDate" label={t('partyMembers.field.officialDate')}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      {editId === undefined ? (
        <Form.Item name="organizationId" label={t('partyMembers.field.organization')} rules={[{ required: true }]}>
          <OrganizationSelect placeholder={t('partyMembers.field.organizationPlaceholder')} />
        </Form.Item>
      ) : (
        <Form.Item label={t('partyMembers.field.organization')} extra={t('partyMembers.field.organizationByTransfer')}>
          <Typography.Text>{member.data?.organization.name}</Typography.Text>
        </Form.Item>
      )}
      <Form.Item name="post" label={t('partyMembers.field.post')}>
        <Input maxLength={255} autoComplete="off" />
      </Form.Item>
      <Form.Item name="status" label={t('partyMembers.field.status')} rules={[{ required: true }]}>
        <Select
          options={PARTY_MEMBER_STATUSES.map((status) => ({ value: status, label: t(`partyMemberStatus.${status}`) }))}
        />
      </Form.Item>
    </RecordFormDrawer>
  );
}
