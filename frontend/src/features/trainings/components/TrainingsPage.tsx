import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TableState } from '@/components/PagedTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SearchInput } from '@/components/SearchInput';
import { useDeleteAction } from '@/components/useDeleteAction';
import { useScopeUnits } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { YearSelect } from '@/components/YearSelect';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { canWriteRegisters, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useDeleteTraining, useTrainings, type TrainingFilters } from '../api';
import { TrainingFormDrawer } from './TrainingFormDrawer';
import { TrainingSummaryCard } from './TrainingSummaryCard';
import { DEFAULT_SORT, TrainingsTable } from './TrainingsTable';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };

/** Tập huấn: the training classes in scope, filtered by year and organiser, with their total attendances. */
export function TrainingsPage({ currentYear }: { currentYear?: number }) {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = canWriteRegisters(roles);
  const units = useScopeUnits();
  const [filters, setFilters] = useState<TrainingFilters>({});
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const trainings = useTrainings({ ...filters, ...table });
  const deleteTraining = useDeleteTraining();
  const remove = useDeleteAction(deleteTraining.mutateAsync);

  const filter = (change: TrainingFilters) => {
    setFilters((current) => ({ ...current, ...change }));
    setTable((current) => ({ ...current, page: 0 }));
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('trainings.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('trainings.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Space wrap>
          <SearchInput placeholder={t('trainings.search.placeholder')} onSearch={(q) => filter({ q: q || undefined })} />
          <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
          <UnitTreeSelect
            allowClear
            style={{ width: 260 }}
            placeholder={t('trainings.filter.organizer')}
            aria-label={t('trainings.filter.organizer')}
            units={units.data}
            value={filters.unitId}
            onChange={(unitId: number | undefined) => filter({ unitId })}
          />
        </Space>
      </Card>
      <TrainingSummaryCard filters={filters} />
      <Card size="small">
        {trainings.error && <ProblemAlert error={trainings.error} />}
        <TrainingsTable
          trainings={trainings.data?.items ?? []}
          total={trainings.data?.total ?? 0}
          loading={trainings.isFetching}
          state={table}
          onStateChange={setTable}
          canWrite={canWrite}
          onEdit={(training) => setFormTarget({ mode: 'edit', id: training.id })}
          onDelete={(training) => remove(training.id, t('trainings.deleted', { name: training.topic }))}
        />
      </Card>
      {canWrite && <TrainingFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default TrainingsPage;
