import { Card, Flex, Space } from 'antd';
import { useState } from 'react';
import type { TableState } from '@/components/PagedTable';
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
import { useDeleteModelPractice, useModelPractices, type ModelPracticeListParams } from '../api';
import { ModelPracticeFormDrawer } from './ModelPracticeFormDrawer';
import { DEFAULT_SORT, ModelPracticesTable } from './ModelPracticesTable';

type Filters = Omit<ModelPracticeListParams, keyof TableState>;

/** Mô hình điển hình: the model practices recognised in scope and where they were replicated. */
export function ModelPracticesPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const canWrite = canWriteRegisters(useAuth().roles);
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const practices = useModelPractices({ ...filters, ...table });
  const remove = useDeleteAction(useDeleteModelPractice().mutateAsync);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('modelPractices.title')}
        createLabel={t('modelPractices.create')}
        onCreate={canWrite ? () => setFormTarget({ mode: 'create' }) : undefined}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput
              placeholder={t('modelPractices.search.placeholder')}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
            <UnitFilter
              units={units.data}
              label={t('modelPractices.filter.unit')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
            />
          </Space>
          {practices.error && <ProblemAlert error={practices.error} />}
          <ModelPracticesTable
            practices={practices.data?.items ?? []}
            total={practices.data?.total ?? 0}
            loading={practices.isFetching}
            state={table}
            onStateChange={setTable}
            canWrite={canWrite}
            onEdit={(practice) => setFormTarget({ mode: 'edit', id: practice.id })}
            onDelete={(practice) => remove(practice.id, t('modelPractices.deleted', { name: practice.name }))}
          />
        </Flex>
      </Card>
      {canWrite && (
        <ModelPracticeFormDrawer
          target={formTarget}
          units={units.data}
          currentYear={currentYear}
          onClose={() => setFormTarget(null)}
        />
      )}
    </Flex>
  );
}

export default ModelPracticesPage;
