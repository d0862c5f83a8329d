import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Modal, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormProblems } from '@/components/useFormProblems';
import { DATE_FORMAT, formatDate, fromApiDate, toApiDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { MEMBER_ROLES, useBoardMembers, useSaveMember, type Board, type BoardMember, type MemberRole } from '../api';

interface MemberValues {
  fullName: string;
  role: MemberRole;
  since: Dayjs;
  until?: Dayjs | null;
  electedAt?: string;
}

const FIELDS = ['fullName', 'role', 'since', 'until', 'electedAt'];

/** The board's members, past and present, each with a term and the meeting that elected them. */
export function BoardMembersTab({ board, mayWrite }: { board: Board; mayWrite: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const members = useBoardMembers(board.id);
  const save = useSaveMember();
  const [form] = Form.useForm<MemberValues>();
  const problems = useFormProblems(form, FIELDS);
  // null: closed; 'new': adding; a member: changing it.
  const [editing, setEditing] = useState<BoardMember | 'new' | null>(null);

  const open = (member: BoardMember | 'new') => {
    problems.clear();
    form.resetFields();
    if (member !== 'new') {
      form.setFieldsValue({
        fullName: member.fullName,
        role: member.role,
        since: fromApiDate(member.since) as Dayjs,
        until: fromApiDate(member.until) ?? null,
        electedAt: member.electedAt ?? undefined,
      });
    } else {
      form.setFieldsValue({ role: 'MEMBER', since: fromApiDate(board.termFrom) as Dayjs });
    }
    setEditing(member);
  };

  const submit = async (values: MemberValues) => {
    problems.clear();
    const member = editing === 'new' ? undefined : (editing ?? undefined);
    try {
      const saved = await save.mutateAsync({
        boardId: board.id,
        memberId: member?.id,
        body: {
          fullName: values.fullName.trim(),
          role: values.role,
          since: toApiDate(values.since) as string,
          until: toApiDate(values.until) ?? undefined,
          electedAt: values.electedAt?.trim() || undefined,
          version: member?.version,
        },
      });
      message.success(t('boards.member.saved', { name: saved.fullName }));
      setEditing(null);
    } catch (failure) {
      problems.show(failure);
    }
  };

  return (
    <Flex vertical gap={12}>
      {members.error && <ProblemAlert error={members.error} />}
      {mayWrite && (
        <Button icon={<PlusOutlined />} onClick={() => open('new')} style={{ alignSelf: 'flex-start' }}>
          {t('boards.member.add')}
        </Button>
      )}
      <Table<BoardMember>
        rowKey="id"
        size="small"
        loading={members.isFetching}
        dataSource={members.data ?? []}
        pagination={false}
        locale={{ emptyText: t('boards.member.empty') }}
        columns={[
          { title: t('boards.member.fullName'), dataIndex: 'fullName', key: 'fullName' },
          {
            title: t('boards.member.role'),
            key: 'role',
            width: 140,
            render: (_: unknown, m) => t(`boardMemberRole.${m.role}`),
          },
          {
            title: t('boards.member.term'),
            key: 'term',
            width: 220,
            render: (_: unknown, m) =>
              `${formatDate(m.since)} – ${m.until ? formatDate(m.until) : t('boards.term.open')}`,
          },
          { title: t('boards.member.electedAt'), key: 'electedAt', render: (_: unknown, m) => m.electedAt ?? '—' },
          ...(mayWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, m: BoardMember) => (
                    <Button type="link" onClick={() => open(m)}>
                      {t('common.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('boards.member.add') : t('boards.member.edit')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <ProblemAlert
          error={problems.error}
          unmatched={problems.unmatched}
          message={problems.stale ? t('boards.conflict.stale') : undefined}
        />
        <Form<MemberValues>
          form={form}
          layout="vertical"
          name="board-member"
          onFinish={submit}
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <Form.Item name="fullName" label={t('boards.member.fullName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t('boards.member.role')} rules={[{ required: true }]}>
            <Select options={MEMBER_ROLES.map((value) => ({ value, label: t(`boardMemberRole.${value}`) }))} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item name="since" label={t('boards.member.since')} rules={[{ required: true }]} style={{ flex: 1 }}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="until" label={t('boards.member.until')} style={{ flex: 1 }}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="electedAt" label={t('boards.member.electedAt')} extra={t('boards.member.electedAtHint')}>
            <Input maxLength={500} autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
