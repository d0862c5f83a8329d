import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TableState } from '@/components/PagedTable';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { SearchInput } from '@/components/SearchInput';
import { useDeleteAction } from '@/components/useDeleteAction';
import { useScopeUnits } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { YearSelect } from '@/components/YearSelect';
import { canWriteRegisters, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useDeleteModelPractice, useModelPractices, type ModelPracticeListParams } from '../api';
import { ModelPracticeFormDrawer } from './ModelPracticeFormDrawer';
import { DEFAULT_SORT, ModelPracticesTable } from './ModelPracticesTable';

type Filters = Omit<ModelPracticeListParams, keyof TableState>;

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };

/** Mô hình điển hình: the model practices recognised in scope and where they were replicated. */
export function ModelPracticesPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = canWriteRegisters(roles);
  const units = useScopeUnits();
  const [filters, setFilters] = useState<Filters>({});
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const practices = useModelPractices({ ...filters, ...table });
  const deletePractice = useDeleteModelPractice();
  const remove = useDeleteAction(deletePractice.mutateAsync);

  const filter = (change: Filters) => {
    setFilters((current) => ({ ...current, ...change }));
    setTable((current) => ({ ...current, page: 0 }));
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('modelPractices.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('modelPractices.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput placeholder={t('modelPractices.search.placeholder')} onSearch={(q) => filter({ q: q || undefined })} />
            <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
            <UnitTreeSelect
              allowClear
              style={{ width: 260 }}
              placeholder={t('modelPractices.filter.unit')}
              aria-label={t('modelPractices.filter.unit')}
              units={units.data}
              value={filters.unitId}
              onChange={(unitId: number | undefined) => filter({ unitId })}
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
