import { App, Button, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { FormDrawer } from '@/components/FormDrawer';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormProblems } from '@/components/useFormProblems';
import { useI18n } from '@/lib/i18n';
import {
  CONDUCTING_BODIES,
  INSPECTION_KINDS,
  useCreateInspection,
  useInspection,
  useOriginSupervisions,
  useUpdateInspection,
  type ConductingBody,
  type Inspection,
  type InspectionForm,
  type InspectionKind,
  type InspectionRequest,
  type SubjectType,
} from '../api';
import { DATE_FORMAT, fromIso, toIso } from './dates';
import { MemberSelect, OrganizationSelect } from './pickers';
import { canChangeSubject, DEFAULT_TOPIC, formsFor } from './workflow';

export type InspectionFormTarget = { mode: 'create'; year: number } | { mode: 'edit'; id: number };

interface InspectionFormDrawerProps {
  target: InspectionFormTarget | null;
  onClose: () => void;
  onSaved?: (inspection: Inspection) => void;
}

interface FormValues {
  kind: InspectionKind;
  form: InspectionForm;
  subjectType: SubjectType;
  subjectOrganizationId?: number;
  subjectMemberId?: number;
  originSupervisionId?: number | null;
  conductingOrganizationId: number;
  conductingBody: ConductingBody;
  planYear: number;
  plannedStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
  topic?: string;
  teamMembers?: string[];
}

const FORM_FIELDS = [
  'kind',
  'form',
  'subjectOrganizationId',
  'subjectMemberId',
  'originSupervisionId',
  'conductingOrganizationId',
  'conductingBody',
  'planYear',
  'plannedStart',
  'plannedEnd',
  'topic',
  'teamMembers',
] as const;

export function toRequest(values: FormValues): InspectionRequest {
  const topic = values.topic?.trim() ?? '';
  const member = values.subjectType === 'MEMBER';
  return {
    kind: values.kind,
    form: values.form,
    subjectOrganizationId: member ? undefined : values.subjectOrganizationId,
    subjectMemberId: member ? values.subjectMemberId : undefined,
    originSupervisionId: values.kind === 'INSPECTION' ? (values.originSupervisionId ?? undefined) : undefined,
    conductingOrganizationId: values.conductingOrganizationId,
    conductingBody: values.conductingBody,
    planYear: values.planYear,
    plannedStart: toIso(values.plannedStart),
    plannedEnd: toIso(values.plannedEnd),
    // Left empty, the server puts its default topic.
    topic: topic === '' ? undefined : topic,
    teamMembers: (values.teamMembers ?? []).map((name) => name.trim()).filter((name) => name !== ''),
  };
}

function toValues(inspection: Inspection): FormValues {
  const member = inspection.subject?.type === 'MEMBER';
  return {
    kind: inspection.kind,
    form: inspection.form,
    subjectType: member ? 'MEMBER' : 'ORGANIZATION',
    subjectOrganizationId: member ? undefined : inspection.subject?.organization?.id,
    subjectMemberId: member ? (inspection.subject?.member?.id ?? undefined) : undefined,
    originSupervisionId: inspection.originSupervisionId ?? null,
    conductingOrganizationId: inspection.conductingOrganization?.id as number,
    conductingBody: inspection.conductingBody ?? 'INSPECTION_COMMISSION',
    planYear: inspection.planYear,
    plannedStart: fromIso(inspection.plannedStart) ?? null,
    plannedEnd: fromIso(inspection.plannedEnd) ?? null,
    topic: inspection.topic,
    teamMembers: inspection.teamMembers ?? [],
  };
}

/** Supervisions of exactly this subject (the list filter takes an organisation's whole subtree). */
function OriginSupervisionSelect(props: {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  subject: { organizationId?: number; memberId?: number };
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const { subject, ...rest } = props;
  const supervisions = useOriginSupervisions(subject, true);
  const options = (supervisions.data?.items ?? [])
    .filter((s) =>
      subject.memberId !== undefined
        ? s.subject?.member?.id === subject.memberId
        : !s.subject?.member && s.subject?.organization?.id === subject.organizationId,
    )
    .map((s) => ({ value: s.id, label: `#${s.id} · ${s.planYear} · ${s.topic ?? ''}` }));
  return (
    <Select<number | null>
      {...rest}
      allowClear
      loading={supervisions.isFetching}
      options={options}
      placeholder={t('inspection.field.originSupervisionHint')}
    />
  );
}

/** Plan a new inspection or edit one's plan: only the forms its kind allows, the subject fixed once started. */
export function InspectionFormDrawer({ target, onClose, onSaved }: InspectionFormDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const inspectionQuery = useInspection(editId);
  const create = useCreateInspection();
  const update = useUpdateInspection();
  const problems = useFormProblems(form, FORM_FIELDS);
  const [baseVersion, setBaseVersion] = useState<number | undefined>();

  const kind = Form.useWatch('kind', form);
  const subjectType = Form.useWatch('subjectType', form);
  const subjectOrganizationId = Form.useWatch('subjectOrganizationId', form);
  const subjectMemberId = Form.useWatch('subjectMemberId', form);
  const loaded = inspectionQuery.data;
  const subjectLocked = target?.mode === 'edit' && loaded !== undefined && !canChangeSubject(loaded.status);

  // Fill the form once per opening; later background refetches must not overwrite what the user typed.
  useEffect(() => {
    if (!target) {
      return;
    }
    problems.clear();
    if (target.mode === 'create') {
      setBaseVersion(undefined);
      form.resetFields();
      form.setFieldsValue({
        kind: 'INSPECTION',
        form: 'THEMATIC',
        subjectType: 'ORGANIZATION',
        conductingBody: 'INSPECTION_COMMISSION',
        planYear: target.year,
        topic: DEFAULT_TOPIC,
        teamMembers: [],
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per opening of the form
  }, [target]);

  useEffect(() => {
    if (target?.mode === 'edit' && loaded && baseVersion === undefined) {
      form.resetFields();
      form.setFieldsValue(toValues(loaded));
      setBaseVersion(loaded.version);
    }
  }, [target, loaded, baseVersion, form]);

  // A kind allows only some forms: keep the chosen form when it still fits, else take the first that does.
  useEffect(() => {
    const allowed = formsFor(kind);
    const current = form.getFieldValue('form') as InspectionForm | undefined;
    if (allowed.length > 0 && (!current || !allowed.includes(current))) {
      form.setFieldValue('form', allowed[0]);
    }
  }, [kind, form]);

  const close = () => {
    setBaseVersion(undefined);
    problems.clear();
    onClose();
  };

  const reloadLatest = async () => {
    const fresh = await inspectionQuery.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toValues(fresh.data));
      setBaseVersion(fresh.data.version);
      problems.clear();
    }
  };

  const submit = async (values: FormValues) => {
    problems.clear();
    const body = toRequest(values);
    try {
      const saved =
        target?.mode === 'edit'
          ? await update.mutateAsync({ id: target.id, version: baseVersion ?? 0, body })
          : await create.mutateAsync(body);
      message.success(
        t(target?.mode === 'edit' ? 'inspection.updated' : 'inspection.created', { topic: saved.topic ?? '' }),
      );
      close();
      onSaved?.(saved);
    } catch (failure) {
      problems.show(failure);
    }
  };

  const currentSubjectOrganization = useMemo(
    () =>
      loaded?.subject?.type === 'ORGANIZATION' && loaded.subject.organization?.id
        ? { value: loaded.subject.organization.id, label: loaded.subject.organization.name ?? '' }
        : undefined,
    [loaded],
  );
  const currentMember = useMemo(
    () =>
      loaded?.subject?.member?.id
        ? { value: loaded.subject.member.id, label: loaded.subject.member.fullName ?? '' }
        : undefined,
    [loaded],
  );
  const currentConductor = useMemo(
    () =>
      loaded?.conductingOrganization?.id
        ? { value: loaded.conductingOrganization.id, label: loaded.conductingOrganization.name ?? '' }
        : undefined,
    [loaded],
  );

  const saving = create.isPending || update.isPending;
  const loading = target?.mode === 'edit' && baseVersion === undefined && !inspectionQuery.error;
  const title =
    target?.mode === 'edit' ? t('inspection.editTitle', { topic: loaded?.topic ?? '' }) : t('inspection.createTitle');
  const subject = subjectType === 'MEMBER' ? { memberId: subjectMemberId } : { organizationId: subjectOrganizationId };

  return (
    <FormDrawer
      open={target !== null}
      title={title}
      size={640}
      onClose={close}
      onSave={() => form.submit()}
      saving={saving}
      saveDisabled={loading}
    >
      {inspectionQuery.error && target?.mode === 'edit' && <ProblemAlert error={inspectionQuery.error} />}
      <ProblemAlert
        error={problems.error}
        unmatched={problems.unmatched}
        message={problems.stale ? t('inspection.conflict.stale') : undefined}
        action={
          problems.stale ? (
            <Button size="small" onClick={reloadLatest} loading={inspectionQuery.isFetching}>
              {t('inspection.conflict.reload')}
            </Button>
          ) : undefined
        }
      />
      {loading ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <Form<FormValues>
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark
          disabled={saving}
          name="inspection"
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          {subjectLocked && <p style={{ marginTop: 0, color: '#8c8c8c' }}>{t('inspection.subjectFixed')}</p>}
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="kind" label={t('inspection.field.kind')} rules={[{ required: true }]}>
                <Radio.Group
                  disabled={subjectLocked}
                  optionType="button"
                  options={INSPECTION_KINDS.map((value) => ({ value, label: t(`inspectionKind.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="form" label={t('inspection.field.form')} rules={[{ required: true }]}>
                <Select<InspectionForm>
                  options={formsFor(kind).map((value) => ({ value, label: t(`inspectionForm.${value}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="subjectType" label={t('inspection.field.subjectType')} rules={[{ required: true }]}>
            <Radio.Group
              disabled={subjectLocked}
              options={(['ORGANIZATION', 'MEMBER'] as const).map((value) => ({
                value,
                label: t(`subjectType.${value}`),
              }))}
            />
          </Form.Item>
          {subjectType === 'MEMBER' ? (
            <Form.Item name="subjectMemberId" label={t('inspection.field.subjectMember')} rules={[{ required: true }]}>
              <MemberSelect current={currentMember} disabled={subjectLocked} />
            </Form.Item>
          ) : (
            <Form.Item
              name="subjectOrganizationId"
              label={t('inspection.field.subjectOrganization')}
              rules={[{ required: true }]}
            >
              <OrganizationSelect current={currentSubjectOrganization} disabled={subjectLocked} />
            </Form.Item>
          )}
          {kind === 'INSPECTION' && (subject.memberId !== undefined || subject.organizationId !== undefined) && (
            <Form.Item name="originSupervisionId" label={t('inspection.field.originSupervision')}>
              <OriginSupervisionSelect subject={subject} disabled={subjectLocked} />
            </Form.Item>
          )}
          <Row gutter={16}>
            <Col span={14}>
              <Form.Item
                name="conductingOrganizationId"
                label={t('inspection.field.conductingOrganization')}
                rules={[{ required: true }]}
              >
                <OrganizationSelect current={currentConductor} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                name="conductingBody"
                label={t('inspection.field.conductingBody')}
                rules={[{ required: true }]}
              >
                <Select<ConductingBody>
                  options={CONDUCTING_BODIES.map((value) => ({ value, label: t(`conductingBody.${value}`) }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="planYear" label={t('inspection.field.planYear')} rules={[{ required: true }]}>
                <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="plannedStart" label={t('inspection.field.plannedStart')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="plannedEnd"
                label={t('inspection.field.plannedEnd')}
                dependencies={['plannedStart']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, value: Dayjs | null | undefined) => {
                      const start = getFieldValue('plannedStart') as Dayjs | null | undefined;
                      return value && start && value.isBefore(start, 'day')
                        ? Promise.reject(new Error(t('inspection.field.plannedEndBeforeStart')))
                        : Promise.resolve();
                    },
                  }),
                ]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="topic"
            label={t('inspection.field.topic')}
            extra={t('inspection.field.topicDefault', { topic: DEFAULT_TOPIC })}
          >
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={DEFAULT_TOPIC} />
          </Form.Item>
          <Form.Item
            name="teamMembers"
            label={t('inspection.field.teamMembers')}
            extra={t('inspection.field.teamMembersHint')}
          >
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[';']} maxCount={20} />
          </Form.Item>
        </Form>
      )}
    </FormDrawer>
  );
}
