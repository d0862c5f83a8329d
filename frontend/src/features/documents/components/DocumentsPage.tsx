import { Card, Flex, Space } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
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
import { DOCUMENT_KINDS, useDeleteDocument, useDocuments, type DocumentListParams } from '../api';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { DEFAULT_SORT, DocumentsTable } from './DocumentsTable';

type Filters = Omit<DocumentListParams, keyof TableState>;

/** Văn bản chỉ đạo: the directive documents issued in scope, filtered by year, kind, issuer and text. */
export function DocumentsPage({ currentYear }: { currentYear?: number }) {
  const { t } = useI18n();
  const canWrite = canWriteRegisters(useAuth().roles);
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const documents = useDocuments({ ...filters, ...table });
  const remove = useDeleteAction(useDeleteDocument().mutateAsync);

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('documents.title')}
        createLabel={t('documents.create')}
        onCreate={canWrite ? () => setFormTarget({ mode: 'create' }) : undefined}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput
              placeholder={t('documents.search.placeholder')}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
            <FilterSelect
              label={t('documents.filter.kind')}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              values={DOCUMENT_KINDS}
              labelOf={(kind) => t(`documentKind.${kind}`)}
            />
            <UnitFilter
              units={units.data}
              label={t('documents.filter.issuer')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
            />
          </Space>
          {documents.error && <ProblemAlert error={documents.error} />}
          <DocumentsTable
            documents={documents.data?.items ?? []}
            total={documents.data?.total ?? 0}
            loading={documents.isFetching}
            state={table}
            onStateChange={setTable}
            canWrite={canWrite}
            onEdit={(document) => setFormTarget({ mode: 'edit', id: document.id })}
            onDelete={(document) => remove(document.id, t('documents.deleted', { name: document.number }))}
          />
        </Flex>
      </Card>
      {canWrite && <DocumentFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default DocumentsPage;
