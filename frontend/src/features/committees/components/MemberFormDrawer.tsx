import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { RecordFormDrawer } from '@/components/RecordFormDrawer';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import {
  COMMITTEE_ROLES,
  useCommitteeMember,
  useSaveMember,
  type Committee,
  type CommitteeMember,
  type CommitteeRole,
  type MemberRequest,
} from '../api';

export interface MemberValues {
  fullName: string;
  position?: string;
  role: CommitteeRole;
  since: Dayjs;
  until?: Dayjs | null;
  unitIds?: number[];
  username?: string;
  tasks?: string;
}

/** Add a member, change one, or end a membership (the same form, opened with its last day to fill). */
export type MemberTarget = { mode: 'create' } | { mode: 'edit'; id: number } | { mode: 'end'; id: number };

const FIELDS = ['fullName', 'position', 'role', 'since', 'until', 'unitIds', 'username', 'tasks'] as const;

const blank = (text: string | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/** The request the form sends: blank texts left out, the version read when changing a member. */
export function memberRequestBody(values: MemberValues, version?: number): MemberRequest {
  return {
    fullName: values.fullName.trim(),
    position: blank(values.position),
    role: values.role,
    since: toApiDate(values.since),
    until: toApiDate(values.until),
    unitIds: values.unitIds ?? [],
    username: blank(values.username),
    tasks: blank(values.tasks),
    version,
  };
}

export function memberValues(member: CommitteeMember): MemberValues {
  return {
    fullName: member.fullName,
    position: member.position ?? undefined,
    role: member.role,
    since: dayjs(member.since),
    until: fromApiDate(member.until),
    unitIds: member.units.map((unit) => unit.id),
    username: member.username ?? undefined,
    tasks: member.tasks ?? undefined,
  };
}

export function MemberFormDrawer({
  committee,
  target,
  today,
  onClose,
}: {
  committee: Committee;
  target: MemberTarget | null;
  today: Dayjs;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<MemberValues>();
  const memberId = target && target.mode !== 'create' ? target.id : undefined;
  const record = useCommitteeMember(committee.id, memberId);
  const save = useSaveMember();
  const ending = target?.mode === 'end';
  const drawerTarget = useMemo(
    () => (target ? { mode: target.mode === 'create' ? ('create' as const) : ('edit' as const) } : null),
    [target],
  );
  const title = !target
    ? ''
    : target.mode === 'create'
      ? t('committees.member.add')
      : target.mode === 'end'
        ? t('committees.member.end')
        : t('committees.member.edit');

  return (
    <RecordFormDrawer<MemberValues, CommitteeMember>
      target={drawerTarget}
      title={title}
      form={form}
      name="committee-member"
      record={record}
      toValues={(member) => ({
        ...memberValues(member),
        until: ending ? (fromApiDate(member.until) ?? today) : fromApiDate(member.until),
      })}
      createValues={() => ({ role: 'MEMBER', since: today, unitIds: [] })}
      fields={FIELDS}
      save={(values, version) =>
        save.mutateAsync({ committeeId: committee.id, memberId, body: memberRequestBody(values, version) })
      }
      savedMessage={(member) => t('committees.member.saved', { name: member.fullName })}
      staleMessage={t('committees.member.stale')}
      onClose={onClose}
    >
      <Form.Item name="fullName" label={t('committees.member.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} disabled={ending} />
      </Form.Item>
      <Form.Item name="position" label={t('committees.member.position')}>
        <Input maxLength={500} disabled={ending} />
      </Form.Item>
      <Form.Item name="role" label={t('committees.member.role')} rules={[{ required: true }]}>
        <Select
          disabled={ending}
          options={COMMITTEE_ROLES.map((role) => ({ value: role, label: t(`committees.role.${role}`) }))}
        />
      </Form.Item>
      <Form.Item name="since" label={t('committees.member.since')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} disabled={ending} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="until"
        label={t('committees.member.until')}
        extra={t('committees.member.untilHelp')}
        rules={[{ required: ending }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="unitIds" label={t('committees.member.units')} extra={t('committees.member.unitsHelp')}>
        <UnitTreeSelect multiple allowClear disabled={ending} />
      </Form.Item>
      <Form.Item name="username" label={t('committees.member.username')} extra={t('committees.member.usernameHelp')}>
        <Input maxLength={255} autoComplete="off" disabled={ending} />
      </Form.Item>
      <Form.Item name="tasks" label={t('committees.member.tasks')}>
        <Input.TextArea rows={3} maxLength={5000} disabled={ending} />
      </Form.Item>
    </RecordFormDrawer>
  );
}
