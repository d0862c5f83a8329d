import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Space, Typography } from 'antd';
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
import { DOCUMENT_KINDS, useDeleteDocument, useDocuments, type DocumentListParams, type DocumentKind } from '../api';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { DEFAULT_SORT, DocumentsTable } from './DocumentsTable';

type Filters = Omit<DocumentListParams, keyof TableState>;

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };

/** Văn bản chỉ đạo: the directive documents issued in scope, filtered by year, kind, issuer and text. */
export function DocumentsPage({ currentYear }: { currentYear?: number }) {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = canWriteRegisters(roles);
  const units = useScopeUnits();
  const [filters, setFilters] = useState<Filters>({});
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const documents = useDocuments({ ...filters, ...table });
  const deleteDocument = useDeleteDocument();
  const remove = useDeleteAction(deleteDocument.mutateAsync);

  const filter = (change: Filters) => {
    setFilters((current) => ({ ...current, ...change }));
    setTable((current) => ({ ...current, page: 0 }));
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('documents.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('documents.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput placeholder={t('documents.search.placeholder')} onSearch={(q) => filter({ q: q || undefined })} />
            <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
            <Select<DocumentKind>
              allowClear
              style={{ width: 170 }}
              placeholder={t('documents.filter.kind')}
              aria-label={t('documents.filter.kind')}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`documentKind.${kind}`) }))}
            />
            <UnitTreeSelect
              allowClear
              style={{ width: 260 }}
              placeholder={t('documents.filter.issuer')}
              aria-label={t('documents.filter.issuer')}
              units={units.data}
              value={filters.unitId}
              onChange={(unitId: number | undefined) => filter({ unitId })}
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
