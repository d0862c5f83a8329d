import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Flex,
  Form,
  Input,
  Popconfirm,
  Result,
  Row,
  Select,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useMe } from '@/lib/auth';
import { DATE_FORMAT, formatDate, formatDateTime, toApiDate } from '@/lib/dates';
import { useI18n, type MessageKey } from '@/lib/i18n';
import {
  UNIT_TYPES,
  useApplyReorganisation,
  usePlanFromCsv,
  usePreviewReorganisation,
  useReorganisations,
  useUnitTree,
  type ReorganisationPlan,
  type ReorganisationPreview,
  type ReorganisationSummary,
  type UnitTreeNode,
} from '../../api';
import { CodeSelect, type CodeOption } from './CodeSelect';
import { dayBefore, fromPlan, toPlan, type PlanFormValues } from './planForm';
import { ReorganisationPreviewView } from './ReorganisationPreviewView';

function flatten(node: UnitTreeNode | undefined, into: CodeOption[] = []): CodeOption[] {
  if (node) {
    into.push({ code: node.code, name: node.name });
    (node.children ?? []).forEach((child) => flatten(child, into));
  }
  return into;
}

type Step = 'plan' | 'preview' | 'applied';
const STEPS: Step[] = ['plan', 'preview', 'applied'];

/** A section of the plan: a list of rows, each a line of fields with a remove button. */
function PlanRows({
  name,
  title,
  hint,
  addLabel,
  render,
}: {
  name: keyof PlanFormValues;
  title: string;
  hint: string;
  addLabel: string;
  render: (field: { name: number; key: number }) => React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">{hint}</Typography.Text>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={`${title} ${index + 1}`}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('reorg.removeRow', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              }
            >
              {render(field)}
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add()} style={{ alignSelf: 'flex-start' }}>
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/**
 * Sắp xếp đơn vị: build a reorganisation plan (or read it from a CSV table), preview what it creates,
 * closes and moves and whose scope changes, then apply it at once. Admin only.
 */
export function ReorganisationPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const me = useMe();
  const rootId = me.data?.unit?.id ?? undefined;
  const effectiveDate = Form.useWatch('effectiveDate', form);
  const newUnits = Form.useWatch('newUnits', form);
  const oldTree = useUnitTree(rootId, dayBefore(effectiveDate) ?? toApiDate(dayjs()));
  const oldUnits = useMemo(() => flatten(oldTree.data), [oldTree.data]);
  const plannedUnits = useMemo(
    () =>
      (newUnits ?? [])
        .filter((row) => row?.code?.trim())
        .map((row) => ({ code: row.code!.trim(), name: row.name?.trim() || row.code!.trim() })),
    [newUnits],
  );
  // A target may be an old unit that lives on or a unit the plan forms.
  const targets = useMemo(
    () => [...plannedUnits, ...oldUnits.filter((old) => !plannedUnits.some((p) => p.code === old.code))],
    [plannedUnits, oldUnits],
  );

  const [step, setStep] = useState<Step>('plan');
  const [plan, setPlan] = useState<ReorganisationPlan | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [csvFile, setCsvFile] = useState<File | null>(null);
  const preview = usePreviewReorganisation();
  const apply = useApplyReorganisation();
  const fromCsv = usePlanFromCsv();
  const history = useReorganisations();

  const nameOf = (code: string | null | undefined) => {
    if (!code) return '—';
    return targets.find((unit) => unit.code === code)?.name ?? code;
  };

  const readCsv = async () => {
    const values = await form.validateFields(['effectiveDate', 'legalBasisNumber']);
    if (!csvFile) return;
    const read = await fromCsv.mutateAsync({
      csv: await csvFile.text(),
      effectiveDate: toApiDate(values.effectiveDate) ?? '',
      legalBasisNumber: values.legalBasisNumber?.trim() ?? '',
      legalBasisDate: toApiDate(form.getFieldValue('legalBasisDate') ?? undefined),
      title: form.getFieldValue('title') || undefined,
    });
    form.setFieldsValue(fromPlan(read));
    message.success(
      t('reorg.csv.read', {
        created: read.newUnits?.length ?? 0,
        dissolved: read.dissolutions?.length ?? 0,
        moved: read.moves?.length ?? 0,
      }),
    );
  };

  const runPreview = async (values: PlanFormValues) => {
    const next = toPlan(values);
    setPlan(next);
    setConfirmed(false);
    apply.reset();
    try {
      await preview.mutateAsync(next);
      setStep('preview');
    } catch {
      // Shown above the form, naming the rows at fault.
    }
  };

  const runApply = async () => {
    if (!plan) return;
    try {
      await apply.mutateAsync({ ...plan, confirmScopeChanges: confirmed || undefined });
      setStep('applied');
      message.success(t('reorg.applied', { date: formatDate(plan.effectiveDate) }));
    } catch {
      // Shown on the preview.
    }
  };

  const previewed: ReorganisationPreview | undefined = preview.data;
  const needsConfirmation = (previewed?.accounts ?? []).length > 0;
  const startAgain = () => {
    form.resetFields();
    preview.reset();
    apply.reset();
    setPlan(null);
    setStep('plan');
  };

  const dayBeforeText = plan ? dayBefore(form.getFieldValue('effectiveDate')) : undefined;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('reorg.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('reorg.intro')}</Typography.Text>
      <Steps
        current={STEPS.indexOf(step)}
        items={[
          { title: t('reorg.step.plan') },
          { title: t('reorg.step.preview') },
          { title: t('reorg.step.applied') },
        ]}
      />

      <div style={{ display: step === 'plan' ? undefined : 'none' }}>
        <Form<PlanFormValues>
          form={form}
          layout="vertical"
          name="reorganisation"
          onFinish={runPreview}
          requiredMark
          validateMessages={{ required: t('error.required', { field: '${label}' }) }}
        >
          <ProblemAlert
            error={preview.error ?? fromCsv.error}
            unmatched={[
              ...((preview.error as { errors?: [] } | null)?.errors ?? []),
              ...((fromCsv.error as { errors?: [] } | null)?.errors ?? []),
            ]}
          />
          <Card size="small" title={t('reorg.section.basis')}>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item
                  name="effectiveDate"
                  label={t('reorg.field.effectiveDate')}
                  rules={[{ required: true }]}
                  extra={t('reorg.field.effectiveDateHint')}
                >
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item
                  name="legalBasisNumber"
                  label={t('reorg.field.legalBasisNumber')}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={100} placeholder="1679/NQ-UBTVQH15" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="legalBasisDate" label={t('reorg.field.legalBasisDate')}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="title" label={t('reorg.field.title')}>
                  <Input maxLength={500} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card size="small" title={t('reorg.section.csv')} style={{ marginTop: 16 }}>
            <Space wrap align="start">
              <Upload
                accept=".csv,text/csv"
                maxCount={1}
                beforeUpload={(file) => {
                  setCsvFile(file);
                  return false;
                }}
                onRemove={() => setCsvFile(null)}
              >
                <Button icon={<UploadOutlined />}>{t('reorg.csv.choose')}</Button>
              </Upload>
              <Button
                onClick={() => void readCsv().catch(() => undefined)}
                disabled={!csvFile}
                loading={fromCsv.isPending}
              >
                {t('reorg.csv.read.button')}
              </Button>
            </Space>
            <div>
              <Typography.Text type="secondary">{t('reorg.csv.hint')}</Typography.Text>
            </div>
          </Card>

          <Card size="small" title={t('reorg.section.rows')} style={{ marginTop: 16 }}>
            {!effectiveDate && <Typography.Text type="secondary">{t('reorg.chooseDateFirst')}</Typography.Text>}
            <Collapse
              defaultActiveKey={['newUnits']}
              items={[
                {
                  key: 'newUnits',
                  label: t('reorg.section.newUnits'),
                  forceRender: true,
                  children: (
                    <PlanRows
                      name="newUnits"
                      title={t('reorg.newUnit')}
                      hint={t('reorg.section.newUnitsHint')}
                      addLabel={t('reorg.add.newUnit')}
                      render={(field) => (
                        <Row gutter={12}>
                          <Col xs={24} md={4}>
                            <Form.Item
                              name={[field.name, 'code']}
                              label={t('units.field.code')}
                              rules={[{ required: true, whitespace: true }]}
                            >
                              <Input maxLength={32} autoComplete="off" />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={8}>
                            <Form.Item
                              name={[field.name, 'name']}
                              label={t('units.field.name')}
                              rules={[{ required: true, whitespace: true }]}
                            >
                              <Input maxLength={255} autoComplete="off" />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={5}>
                            <Form.Item
                              name={[field.name, 'type']}
                              label={t('units.field.type')}
                              rules={[{ required: true }]}
                            >
                              <Select
                                options={UNIT_TYPES.filter((type) => type !== 'PROVINCE').map((value) => ({
                                  value,
                                  label: t(`unitType.${value}`),
                                }))}
                              />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={7}>
                            <Form.Item
                              name={[field.name, 'parentCode']}
                              label={t('units.field.parent')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={targets} />
                            </Form.Item>
                          </Col>
                          <Col span={24}>
                            <Form.Item
                              name={[field.name, 'mergedFrom']}
                              label={t('reorg.field.mergedFrom')}
                              extra={t('reorg.field.mergedFromHint')}
                            >
                              <CodeSelect options={oldUnits} multiple />
                            </Form.Item>
                          </Col>
                        </Row>
                      )}
                    />
                  ),
                },
                {
                  key: 'merges',
                  label: t('reorg.section.merges'),
                  forceRender: true,
                  children: (
                    <PlanRows
                      name="merges"
                      title={t('reorg.merge')}
                      hint={t('reorg.section.mergesHint')}
                      addLabel={t('reorg.add.row')}
                      render={(field) => (
                        <Row gutter={12}>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'code']}
                              label={t('reorg.field.oldUnit')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={oldUnits} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'intoCode']}
                              label={t('reorg.field.into')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={targets} />
                            </Form.Item>
                          </Col>
                        </Row>
                      )}
                    />
                  ),
                },
                {
                  key: 'dissolutions',
                  label: t('reorg.section.dissolutions'),
                  forceRender: true,
                  children: (
                    <PlanRows
                      name="dissolutions"
                      title={t('reorg.dissolution')}
                      hint={t('reorg.section.dissolutionsHint')}
                      addLabel={t('reorg.add.row')}
                      render={(field) => (
                        <Row gutter={12}>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'code']}
                              label={t('reorg.field.oldUnit')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={oldUnits} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item name={[field.name, 'successorCode']} label={t('reorg.field.successorOptional')}>
                              <CodeSelect options={targets} allowClear />
                            </Form.Item>
                          </Col>
                        </Row>
                      )}
                    />
                  ),
                },
                {
                  key: 'moves',
                  label: t('reorg.section.moves'),
                  forceRender: true,
                  children: (
                    <PlanRows
                      name="moves"
                      title={t('reorg.move')}
                      hint={t('reorg.section.movesHint')}
                      addLabel={t('reorg.add.row')}
                      render={(field) => (
                        <Row gutter={12}>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'code']}
                              label={t('reorg.field.oldUnit')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={oldUnits} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'parentCode']}
                              label={t('reorg.field.newParent')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={targets} />
                            </Form.Item>
                          </Col>
                        </Row>
                      )}
                    />
                  ),
                },
                {
                  key: 'changes',
                  label: t('reorg.section.changes'),
                  forceRender: true,
                  children: (
                    <PlanRows
                      name="changes"
                      title={t('reorg.change')}
                      hint={t('reorg.section.changesHint')}
                      addLabel={t('reorg.add.row')}
                      render={(field) => (
                        <Row gutter={12}>
                          <Col xs={24} md={8}>
                            <Form.Item
                              name={[field.name, 'code']}
                              label={t('reorg.field.oldUnit')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={oldUnits} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={8}>
                            <Form.Item name={[field.name, 'name']} label={t('reorg.field.newName')}>
                              <Input maxLength={255} autoComplete="off" />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={8}>
                            <Form.Item name={[field.name, 'type']} label={t('reorg.field.newType')}>
                              <Select
                                allowClear
                                options={UNIT_TYPES.map((value) => ({ value, label: t(`unitType.${value}`) }))}
                              />
                            </Form.Item>
                          </Col>
                        </Row>
                      )}
                    />
                  ),
                },
                ...(['primarySuccessors', 'destinations'] as const).map((section) => ({
                  key: section,
                  label: t(`reorg.section.${section}` as MessageKey),
                  forceRender: true,
                  children: (
                    <PlanRows
                      name={section}
                      title={t(section === 'primarySuccessors' ? 'reorg.primarySuccessor' : 'reorg.destination')}
                      hint={t(`reorg.section.${section}Hint` as MessageKey)}
                      addLabel={t('reorg.add.row')}
                      render={(field) => (
                        <Row gutter={12}>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'code']}
                              label={t('reorg.field.oldUnit')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={oldUnits} />
                            </Form.Item>
                          </Col>
                          <Col xs={24} md={12}>
                            <Form.Item
                              name={[field.name, 'successorCode']}
                              label={t('reorg.field.successor')}
                              rules={[{ required: true }]}
                            >
                              <CodeSelect options={targets} />
                            </Form.Item>
                          </Col>
                        </Row>
                      )}
                    />
                  ),
                })),
              ]}
            />
          </Card>
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Button type="primary" htmlType="submit" loading={preview.isPending}>
              {t('reorg.previewButton')}
            </Button>
          </Flex>
        </Form>
      </div>

      {step === 'preview' && previewed && (
        <Card size="small" title={t('reorg.step.preview')}>
          <ProblemAlert error={apply.error} unmatched={(apply.error as { errors?: [] } | null)?.errors ?? []} />
          <ReorganisationPreviewView
            preview={previewed}
            nameOf={nameOf}
            confirmed={confirmed}
            onConfirm={setConfirmed}
          />
          <Flex justify="space-between" style={{ marginTop: 16 }}>
            <Button onClick={() => setStep('plan')}>{t('reorg.backToPlan')}</Button>
            <Popconfirm
              title={t('reorg.applyConfirm', { date: formatDate(plan?.effectiveDate) })}
              okText={t('reorg.applyButton')}
              cancelText={t('common.cancel')}
              onConfirm={runApply}
              disabled={needsConfirmation && !confirmed}
            >
              <Button type="primary" danger loading={apply.isPending} disabled={needsConfirmation && !confirmed}>
                {t('reorg.applyButton')}
              </Button>
            </Popconfirm>
          </Flex>
        </Card>
      )}

      {step === 'applied' && apply.data && plan && (
        <Card size="small">
          <Result
            status="success"
            title={t('reorg.applied', { date: formatDate(plan.effectiveDate) })}
            subTitle={t('reorg.appliedSummary', {
              created: apply.data.created?.length ?? 0,
              closed: apply.data.closed?.length ?? 0,
              moved: apply.data.moved?.length ?? 0,
            })}
            extra={[
              <Link key="before" to={`/units?on=${dayBeforeText ?? ''}`}>
                <Button>{t('reorg.seeBefore', { date: formatDate(dayBeforeText) })}</Button>
              </Link>,
              <Link key="after" to={`/units?on=${plan.effectiveDate}`}>
                <Button type="primary">{t('reorg.seeAfter', { date: formatDate(plan.effectiveDate) })}</Button>
              </Link>,
              <Button key="again" onClick={startAgain}>
                {t('reorg.startAgain')}
              </Button>,
            ]}
          />
        </Card>
      )}

      <Card size="small" title={t('reorg.history.title')}>
        <ProblemAlert error={history.error} />
        <Table<ReorganisationSummary>
          size="small"
          rowKey="id"
          loading={history.isFetching}
          dataSource={history.data?.items ?? []}
          pagination={false}
          scroll={{ x: 700 }}
          locale={{ emptyText: t('reorg.history.empty') }}
          columns={[
            {
              title: t('reorg.field.effectiveDate'),
              key: 'effectiveDate',
              render: (_: unknown, row) => formatDate(row.effectiveDate),
            },
            {
              title: t('reorg.field.legalBasisNumber'),
              key: 'legalBasis',
              render: (_: unknown, row) =>
                row.legalBasisDate
                  ? `${row.legalBasisNumber} (${formatDate(row.legalBasisDate)})`
                  : row.legalBasisNumber,
            },
            { title: t('reorg.field.title'), key: 'title', render: (_: unknown, row) => row.title ?? '—' },
            {
              title: t('reorg.history.appliedAt'),
              key: 'appliedAt',
              render: (_: unknown, row) => formatDateTime(row.appliedAt),
            },
            {
              title: t('reorg.history.appliedBy'),
              key: 'appliedBy',
              render: (_: unknown, row) => row.appliedBy ?? '—',
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

export default ReorganisationPage;
