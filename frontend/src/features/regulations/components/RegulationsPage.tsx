import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SearchInput } from '@/components/SearchInput';
import { useListState, type FilterSpec } from '@/components/useListState';
import { hasAnyRole, useAuth, type Role } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { REGULATION_KINDS, REGULATION_STATUSES, useRegulations, type RegulationListParams } from '../api';
import { CoverageCard } from './CoverageCard';
import { RegulationDrawer } from './RegulationDrawer';
import { RegulationFormDrawer, type RegulationFormTarget } from './RegulationFormDrawer';
import { DEFAULT_SORT, RegulationsTable, type TableState } from './RegulationsTable';

type Filters = Omit<RegulationListParams, keyof TableState>;

const FILTERS: FilterSpec<Filters> = { q: 'string', status: 'string', kind: 'string' };
/** Who may draft, issue and repeal regulations; the server checks scope. */
const REGULATION_WRITERS: readonly Role[] = ['admin', 'officer'];

/**
 * Quy chế dân chủ, hương ước, quy ước: the coverage across units, a searchable list, and for
 * officers the drafting and workflow of their units' regulations.
 */
export function RegulationsPage() {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = hasAnyRole(roles, REGULATION_WRITERS);
  const [openId, setOpenId] = useState<number | null>(null);
  const [formTarget, setFormTarget] = useState<RegulationFormTarget | null>(null);
  const { filters, filter, table, setTable } = useListState<Filters>(DEFAULT_SORT, FILTERS);
  const regulations = useRegulations({ ...filters, ...table });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title" style={{ margin: 0 }}>
          {t('regulations.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('regulations.create')}
          </Button>
        )}
      </Flex>
      <CoverageCard />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput
              width={340}
              placeholder={t('regulations.search.placeholder')}
              value={filters.q}
              onSearch={(q) => filter({ q: q || undefined })}
            />
            <FilterSelect
              label={t('regulations.filter.kind')}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              values={REGULATION_KINDS}
              labelOf={(kind) => t(`regulationKind.${kind}`)}
              width={200}
            />
            <FilterSelect
              label={t('regulations.filter.status')}
              value={filters.status}
              onChange={(status) => filter({ status })}
              values={REGULATION_STATUSES}
              labelOf={(status) => t(`regulationStatus.${status}`)}
              width={190}
            />
          </Space>
          {regulations.error && <ProblemAlert error={regulations.error} />}
          <RegulationsTable
            regulations={regulations.data?.items ?? []}
            total={regulations.data?.total ?? 0}
            loading={regulations.isFetching}
            state={table}
            onStateChange={setTable}
            onOpen={(regulation) => setOpenId(regulation.id)}
          />
        </Flex>
      </Card>
      <RegulationDrawer id={openId} onClose={() => setOpenId(null)} onOpenForm={setFormTarget} />
      <RegulationFormDrawer
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={(saved) => setOpenId(saved.id)}
      />
    </Flex>
  );
}

export default RegulationsPage;
