import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { FormDrawer } from '@/components/FormDrawer';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormProblems } from '@/components/useFormProblems';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { canWriteInspections, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  useConclusion,
  useCreateDisciplinaryAction,
  useDisciplinaryActions,
  usePartyMember,
  type DisciplinaryAction,
  type DisciplinaryActionRequest,
  type DisciplinaryForm,
  type DisciplinarySource,
  type Inspection,
} from '../api';
import { DATE_FORMAT, showDate, toIso } from './dates';
import { canCiteInspection, consequenceOf, disciplinaryFormsFor, disciplinarySourcesFor } from './workflow';

interface ActionValues {
  form: DisciplinaryForm;
  decisionNumber: string;
  decisionDate: Dayjs;
  decidingBody: string;
  source: DisciplinarySource;
}

const FORM_FIELDS = ['form', 'decisionNumber', 'decisionDate', 'decidingBody', 'source', 'inspectionId'];

/** The subject of an inspection as the disciplinary-action API names it. */
export function subjectOf(inspection: Inspection): { organizationId?: number; memberId?: number } {
  if (inspection.subject?.type === 'MEMBER') {
    return { memberId: inspection.subject.member?.id ?? undefined };
  }
  return { organizationId: inspection.subject?.organization?.id };
}

export function subjectName(inspection: Inspection): string {
  return inspection.subject?.member?.fullName ?? inspection.subject?.organization?.name ?? '—';
}

export function toActionRequest(
  values: ActionValues,
  subject: { organizationId?: number; memberId?: number },
  inspectionId: number,
): DisciplinaryActionRequest {
  return {
    subjectOrganizationId: subject.organizationId,
    subjectMemberId: subject.memberId,
    form: values.form,
    decisionNumber: values.decisionNumber.trim(),
    decisionDate: toIso(values.decisionDate) as string,
    decidingBody: values.decidingBody.trim(),
    source: values.source,
    inspectionId: values.source === 'INSPECTION' ? inspectionId : undefined,
  };
}

function ActionFormDrawer({
  inspection,
  open,
  onClose,
}: {
  inspection: Inspection;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const create = useCreateDisciplinaryAction();
  const problems = useFormProblems(form, FORM_FIELDS);
  const subject = subjectOf(inspection);
  const isMember = inspection.subject?.type === 'MEMBER';
  const member = usePartyMember(open && isMember ? subject.memberId : undefined);
  const conclusion = useConclusion(inspection.id, inspection.hasConclusion === true);
  const citable = canCiteInspection(inspection.status, conclusion.data?.violationFound);
  const holdsPost = Boolean(member.data?.post);
  const forms = disciplinaryFormsFor(isMember ? 'MEMBER' : 'ORGANIZATION', holdsPost);
  const sources = disciplinarySourcesFor(citable);
  const chosenForm = Form.useWatch('form', form);
  const chosenSource = Form.useWatch('source', form);
  const consequence = consequenceOf(chosenForm);

  useEffect(() => {
    if (open) {
      problems.clear();
      form.resetFields();
      form.setFieldsValue({ decisionDate: dayjs(), source: citable ? 'INSPECTION' : undefined });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening of the form
  }, [open]);

  // The conclusion may arrive after the drawer opened: then the inspection becomes the likely source.
  useEffect(() => {
    if (open && citable && form.getFieldValue('source') === undefined) {
      form.setFieldValue('source', 'INSPECTION');
    }
  }, [open, citable, form]);

  const submit = async (values: ActionValues) => {
    problems.clear();
    try {
      const saved = await create.mutateAsync(toActionRequest(values, subject, inspection.id));
      message.success(t('actions.created', { number: saved.decisionNumber }));
      onClose();
    } catch (failure) {
      problems.show(failure);
    }
  };

  return (
    <FormDrawer
      open={open}
      title={t('actions.createTitle', { subject: subjectName(inspection) })}
      onClose={onClose}
      onSave={() => form.submit()}
      saving={create.isPending}
    >
      <ProblemAlert error={problems.error} unmatched={problems.unmatched} />
      <Form<ActionValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        requiredMark
        disabled={create.isPending}
        name="disciplinaryAction"
        validateMessages={{ required: t('error.required', { field: '${label}' }) }}
      >
        <Form.Item
          name="form"
          label={t('actions.field.form')}
          rules={[{ required: true }]}
          extra={isMember && member.data && !holdsPost ? t('actions.noPost') : undefined}
        >
          <Select<DisciplinaryForm>
            loading={isMember && member.isPending}
            options={forms.map((value) => ({ value, label: t(`disciplinaryForm.${value}`) }))}
          />
        </Form.Item>
        {consequence && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t(consequence === 'expulsion' ? 'actions.expulsionWarning' : 'actions.dissolutionWarning')}
          />
        )}
        <Form.Item
          name="decisionNumber"
          label={t('actions.field.decisionNumber')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t('actions.field.decisionDate')} rules={[{ required: true }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="decidingBody"
          label={t('actions.field.decidingBody')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={255} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('actions.field.source')}
          rules={[{ required: true }]}
          extra={!citable ? t('actions.noCitation') : undefined}
        >
          <Select<DisciplinarySource>
            options={sources.map((value) => ({ value, label: t(`disciplinarySource.${value}`) }))}
          />
        </Form.Item>
        {chosenSource === 'INSPECTION' && (
          <Typography.Paragraph type="secondary">
            {t('actions.field.inspection')}: #{inspection.id} · {inspection.topic}
          </Typography.Paragraph>
        )}
      </Form>
    </FormDrawer>
  );
}

/** Kỷ luật of the inspection's subject, whatever their source, and a form to record one. */
export function DisciplinaryActionsPanel({ inspection }: { inspection: Inspection }) {
  const { t } = useI18n();
  const { roles } = useAuth();
  const [open, setOpen] = useState(false);
  const actions = useDisciplinaryActions(subjectOf(inspection));
  const canWrite = canWriteInspections(roles);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('actions.title', { subject: subjectName(inspection) })}
        </Typography.Title>
        {canWrite && (
          <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('actions.create')}
          </Button>
        )}
      </Flex>
      {actions.error && <ProblemAlert error={actions.error} />}
      <Table<DisciplinaryAction>
        rowKey="id"
        size="small"
        pagination={false}
        loading={actions.isFetching}
        dataSource={actions.data?.items ?? []}
        locale={{ emptyText: t('actions.empty') }}
        expandable={{
          expandedRowRender: (a) => (
            <AttachmentsPanel
              kind="disciplinary-action"
              ownerId={a.id}
              title={t('attachments.decision')}
              canUpload={canWrite}
              visibilities={['STAFF']}
            />
          ),
        }}
        columns={[
          {
            title: t('actions.field.form'),
            key: 'form',
            render: (_: unknown, a) => (
              <Tag color={a.form === 'EXPULSION' || a.form === 'DISSOLUTION' ? 'error' : 'warning'}>
                {t(`disciplinaryForm.${a.form}`)}
              </Tag>
            ),
          },
          { title: t('actions.field.decisionNumber'), dataIndex: 'decisionNumber', key: 'number' },
          {
            title: t('actions.field.decisionDate'),
            key: 'date',
            render: (_: unknown, a) => showDate(a.decisionDate),
          },
          { title: t('actions.field.decidingBody'), dataIndex: 'decidingBody', key: 'body' },
          {
            title: t('actions.field.source'),
            key: 'source',
            render: (_: unknown, a) =>
              a.source === 'INSPECTION' && a.inspectionId != null
                ? `${t('disciplinarySource.INSPECTION')} (${
                    a.inspectionId === inspection.id
                      ? t('actions.thisInspection')
                      : t('actions.otherInspection', { id: a.inspectionId })
                  })`
                : t(`disciplinarySource.${a.source}`),
          },
        ]}
      />
      {canWrite && <ActionFormDrawer inspection={inspection} open={open} onClose={() => setOpen(false)} />}
    </Flex>
  );
}
