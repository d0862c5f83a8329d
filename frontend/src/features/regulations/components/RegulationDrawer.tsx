import { App, Button, Descriptions, Drawer, Popconfirm, Skeleton, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { isProblem } from '@/api';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import {
  regulationActions,
  useDeleteRegulation,
  useRegulation,
  useRepealRegulation,
  useSubmitRegulationForConsultation,
  type Regulation,
} from '../api';
import { IssueRegulationModal } from './IssueRegulationModal';
import { RegulationHistory } from './RegulationHistory';
import { formatDate, STATUS_COLORS } from './format';
import type { RegulationFormTarget } from './RegulationFormDrawer';

interface RegulationDrawerProps {
  id: number | null;
  onClose: () => void;
  /** Opens the form: corrections, or a revision drafted to replace this regulation. */
  onOpenForm: (target: RegulationFormTarget) => void;
}

/** One regulation: its details, the operations the API allows on it now (`allowedActions`), and its history. */
export function RegulationDrawer({ id, onClose, onOpenForm }: RegulationDrawerProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const regulation = useRegulation(id ?? undefined);
  const submit = useSubmitRegulationForConsultation();
  const repeal = useRepealRegulation();
  const remove = useDeleteRegulation();
  const [issuing, setIssuing] = useState<Regulation | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = regulation.data;
  const actions = current ? regulationActions(current) : [];

  const run = async (operation: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await operation();
      message.success(done);
    } catch (failure) {
      setError(failure);
    }
  };

  const close = () => {
    setError(null);
    onClose();
  };

  const stale = isProblem(error, 'version.stale');

  const details = current && (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <ProblemAlert
        error={error}
        message={stale ? t('regulations.conflict.stale') : undefined}
        onClose={() => setError(null)}
      />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('regulations.column.unit')}>{current.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('regulations.column.kind')}>
          {t(`regulationKind.${current.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('regulations.column.title')}>{current.title}</Descriptions.Item>
        <Descriptions.Item label={t('regulations.column.number')}>{current.number ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('regulations.column.issueDate')}>{formatDate(current.issueDate)}</Descriptions.Item>
        <Descriptions.Item label={t('regulations.column.status')}>
          <Tag color={STATUS_COLORS[current.status]}>{t(`regulationStatus.${current.status}`)}</Tag>
          {current.inForce && <Tag color="green">{t('regulations.inForce')}</Tag>}
        </Descriptions.Item>
      </Descriptions>
      {actions.length > 0 && (
        <Space wrap>
          {actions.includes('edit') && (
            <Button onClick={() => onOpenForm({ mode: 'edit', id: current.id })}>{t('common.edit')}</Button>
          )}
          {actions.includes('submitForConsultation') && (
            <Popconfirm
              title={t('regulations.confirm.submit')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              onConfirm={() =>
                run(
                  () => submit.mutateAsync({ id: current.id, version: current.version }),
                  t('regulations.submitted', { title: current.title }),
                )
              }
            >
              <Button loading={submit.isPending}>{t('regulations.action.submitForConsultation')}</Button>
            </Popconfirm>
          )}
          {actions.includes('issue') && (
            <Button type="primary" onClick={() => setIssuing(current)}>
              {t('regulations.action.issue')}
            </Button>
          )}
          {actions.includes('revise') && (
            <Button onClick={() => onOpenForm({ mode: 'revise', of: current })}>
              {t('regulations.action.revise')}
            </Button>
          )}
          {actions.includes('repeal') && (
            <Popconfirm
              title={t('regulations.confirm.repeal')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                run(
                  () => repeal.mutateAsync({ id: current.id, version: current.version }),
                  t('regulations.repealed', { title: current.title }),
                )
              }
            >
              <Button danger loading={repeal.isPending}>
                {t('regulations.action.repeal')}
              </Button>
            </Popconfirm>
          )}
          {actions.includes('delete') && (
            <Popconfirm
              title={t('regulations.confirm.delete')}
              okText={t('common.yes')}
              cancelText={t('common.no')}
              okButtonProps={{ danger: true }}
              onConfirm={() =>
                run(
                  async () => {
                    await remove.mutateAsync(current.id);
                    onClose();
                  },
                  t('regulations.deleted', { title: current.title }),
                )
              }
            >
              <Button danger loading={remove.isPending}>
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
    </Space>
  );

  return (
    <Drawer
      open={id !== null}
      title={current?.title ?? t('regulations.detailTitle')}
      size={640}
      onClose={close}
      destroyOnHidden
    >
      {regulation.error && <ProblemAlert error={regulation.error} />}
      {regulation.isLoading || !current ? (
        !regulation.error && <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Tabs
          items={[
            { key: 'details', label: t('regulations.tab.details'), children: details },
            { key: 'history', label: t('regulations.tab.history'), children: <RegulationHistory id={current.id} /> },
          ]}
        />
      )}
      <IssueRegulationModal regulation={issuing} onClose={() => setIssuing(null)} />
    </Drawer>
  );
}
