import { Card, Flex, Space } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { SearchInput } from '@/components/SearchInput';
import { useDeleteAction } from '@/components/useDeleteAction';
import { useListState, type FilterSpec } from '@/components/useListState';
import { useScopeUnits } from '@/components/unitTree';
import { UnitFilter } from '@/components/UnitTreeSelect';
import { YearSelect } from '@/components/YearSelect';
import { canWriteRegisters, useAuth } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  DISCLOSURE_CATEGORIES,
  DISCLOSURE_FORMS,
  useDeleteDisclosure,
  useDisclosures,
  type DisclosureFilters,
} from '../api';
import { DisclosureFormDrawer } from './DisclosureFormDrawer';
import { DisclosuresTable, DEFAULT_SORT } from './DisclosuresTable';

const FILTERS: FilterSpec<DisclosureFilters> = {
  q: 'string',
  year: 'number',
  category: 'string',
  form: 'string',
  unitId: 'number',
};

/** Công khai: what each unit made public, when, how and where — "dân biết". */
export function DisclosuresPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const canWrite = canWriteRegisters(useAuth().roles);
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<DisclosureFilters>(DEFAULT_SORT, FILTERS, {
    defaults: { year: currentYear },
  });
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const disclosures = useDisclosures({ ...filters, ...table });
  const remove = useDeleteAction(useDeleteDisclosure().mutateAsync);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('disclosures.title')}
        createLabel={t('disclosures.create')}
        onCreate={canWrite ? () => setFormTarget({ mode: 'create' }) : undefined}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput
              placeholder={t('disclosures.search.placeholder')}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
            <FilterSelect
              label={t('disclosures.filter.category')}
              value={filters.category}
              onChange={(category) => filter({ category })}
              values={DISCLOSURE_CATEGORIES}
              labelOf={(category) => t(`disclosureCategory.${category}`)}
              width={240}
            />
            <FilterSelect
              label={t('disclosures.filter.form')}
              value={filters.form}
              onChange={(form) => filter({ form })}
              values={DISCLOSURE_FORMS}
              labelOf={(form) => t(`disclosureForm.${form}`)}
              width={180}
            />
            <UnitFilter
              units={units.data}
              label={t('disclosures.filter.unit')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
            />
          </Space>
          {disclosures.error && <ProblemAlert error={disclosures.error} />}
          <DisclosuresTable
            disclosures={disclosures.data?.items ?? []}
            total={disclosures.data?.total ?? 0}
            loading={disclosures.isFetching}
            state={table}
            onStateChange={setTable}
            canWrite={canWrite}
            onEdit={(disclosure) => setFormTarget({ mode: 'edit', id: disclosure.id })}
            onDelete={(disclosure) => remove(disclosure.id, t('disclosures.deleted', { name: disclosure.title }))}
          />
        </Flex>
      </Card>
      {canWrite && <DisclosureFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default DisclosuresPage;
