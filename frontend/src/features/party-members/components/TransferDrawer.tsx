import { DatePicker, Divider, Form, Input, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { RecordFormDrawer } from '@/components/RecordFormDrawer';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import { usePartyMember, useTransferPartyMember, type PartyMember } from '../api';
import { OrganizationSelect } from './OrganizationSelect';
import { TransferHistory } from './TransferHistory';

interface FormValues {
  toOrganizationId: number;
  date: Dayjs;
  decisionNumber?: string | null;
  note?: string | null;
}

const FORM_FIELDS = ['toOrganizationId', 'date', 'decisionNumber', 'note'] as const;

/** Chuyển sinh hoạt đảng: moves an active member to another organisation, beside the moves so far. */
export function TransferDrawer({ memberId, onClose }: { memberId: number | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const member = usePartyMember(memberId);
  const transfer = useTransferPartyMember();
  const current = member.data?.organization;
  // The drawer refills its form when its target changes: one target per member opened.
  const target = useMemo(() => (memberId === undefined ? null : { mode: 'edit' as const }), [memberId]);

  return (
    <RecordFormDrawer<FormValues, PartyMember>
      target={target}
      title={t('partyMembers.transferTitle', { name: member.data?.fullName ?? '' })}
      form={form}
      name="transfer"
      record={member}
      toValues={() => ({ date: dayjs() }) as FormValues}
      fields={FORM_FIELDS}
      save={(values, version) =>
        transfer.mutateAsync({
          id: memberId as number,
          body: {
            toOrganizationId: values.toOrganizationId,
            date: toApiDate(values.date),
            decisionNumber: blankToUndefined(values.decisionNumber),
            note: blankToUndefined(values.note),
            version: version ?? 0,
          },
        })
      }
      savedMessage={(saved) => t('partyMembers.transferred', { name: saved.fullName, to: saved.organization.name })}
      conflicts={{ 'party-member.not-active': { message: t('partyMembers.conflict.notActive') } }}
      staleMessage={t('partyMembers.conflict.stale')}
      onClose={onClose}
    >
      <Form.Item label={t('partyMembers.field.fromOrganization')}>
        <Typography.Text strong>{current?.name}</Typography.Text>
      </Form.Item>
      <Form.Item name="toOrganizationId" label={t('partyMembers.field.toOrganization')} rules={[{ required: true }]}>
        <OrganizationSelect excludeId={current?.id} placeholder={t('partyMembers.field.organizationPlaceholder')} />
      </Form.Item>
      <Form.Item name="date" label={t('partyMembers.field.transferDate')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="decisionNumber" label={t('partyMembers.field.decisionNumber')}>
        <Input maxLength={64} autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label={t('partyMembers.field.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
      </Form.Item>
      <Divider titlePlacement="start">{t('partyMembers.transfers.title')}</Divider>
      <TransferHistory memberId={memberId} />
    </RecordFormDrawer>
  );
}
