import { Card, Flex, Space } from 'antd';
import { useState } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { SearchInput } from '@/components/SearchInput';
import { useDeleteAction } from '@/components/useDeleteAction';
import { useListState } from '@/components/useListState';
import { useScopeUnits } from '@/components/unitTree';
import { UnitFilter } from '@/components/UnitTreeSelect';
import { YearSelect } from '@/components/YearSelect';
import { canWriteRegisters, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useDeleteTraining, useTrainings, type TrainingFilters } from '../api';
import { TrainingFormDrawer } from './TrainingFormDrawer';
import { TrainingSummaryCard } from './TrainingSummaryCard';
import { DEFAULT_SORT, TrainingsTable } from './TrainingsTable';

/** Tập huấn: the training classes in scope, filtered by year and organiser, with their total attendances. */
export function TrainingsPage({ currentYear }: { currentYear?: number }) {
  const { t } = useI18n();
  const canWrite = canWriteRegisters(useAuth().roles);
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<TrainingFilters>(DEFAULT_SORT);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const trainings = useTrainings({ ...filters, ...table });
  const remove = useDeleteAction(useDeleteTraining().mutateAsync);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('trainings.title')}
        createLabel={t('trainings.create')}
        onCreate={canWrite ? () => setFormTarget({ mode: 'create' }) : undefined}
      />
      <Card size="small">
        <Space wrap>
          <SearchInput
            placeholder={t('trainings.search.placeholder')}
            onSearch={(q) => filter({ q: q || undefined })}
          />
          <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
          <UnitFilter
            units={units.data}
            label={t('trainings.filter.organizer')}
            value={filters.unitId}
            onChange={(unitId) => filter({ unitId })}
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
