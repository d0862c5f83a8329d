import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { hasAnyRole, useAuth, type Role } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  REGULATION_KINDS,
  REGULATION_STATUSES,
  useRegulations,
  type RegulationKind,
  type RegulationStatus,
} from '../api';
import { CoverageCard } from './CoverageCard';
import { RegulationDrawer } from './RegulationDrawer';
import { RegulationFormDrawer, type RegulationFormTarget } from './RegulationFormDrawer';
import { DEFAULT_SORT, RegulationsTable, type TableState } from './RegulationsTable';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };
const SEARCH_DELAY_MS = 350;
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
  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<RegulationStatus | undefined>();
  const [kind, setKind] = useState<RegulationKind | undefined>();
  const [table, setTable] = useState<TableState>(FIRST_PAGE);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(searchText.trim());
      setTable((current) => ({ ...current, page: 0 }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const regulations = useRegulations({
    q: q || undefined,
    status,
    kind,
    page: table.page,
    size: table.size,
    sort: table.sort,
  });

  const resetPage = () => setTable((current) => ({ ...current, page: 0 }));

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
            <Input.Search
              allowClear
              style={{ width: 340 }}
              placeholder={t('regulations.search.placeholder')}
              aria-label={t('regulations.search.placeholder')}
              value={searchText}
              onChange={(event) => setSearchText(event.target.value)}
              onSearch={(value) => {
                setSearchText(value);
                setQ(value.trim());
                resetPage();
              }}
            />
            <Select<RegulationKind>
              allowClear
              style={{ width: 200 }}
              placeholder={t('regulations.filter.kind')}
              aria-label={t('regulations.filter.kind')}
              value={kind}
              onChange={(value) => {
                setKind(value);
                resetPage();
              }}
              options={REGULATION_KINDS.map((value) => ({ value, label: t(`regulationKind.${value}`) }))}
            />
            <Select<RegulationStatus>
              allowClear
              style={{ width: 190 }}
              placeholder={t('regulations.filter.status')}
              aria-label={t('regulations.filter.status')}
              value={status}
              onChange={(value) => {
                setStatus(value);
                resetPage();
              }}
              options={REGULATION_STATUSES.map((value) => ({ value, label: t(`regulationStatus.${value}`) }))}
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
      <RegulationDrawer id={openId} canWrite={canWrite} onClose={() => setOpenId(null)} onOpenForm={setFormTarget} />
      <RegulationFormDrawer
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={(saved) => setOpenId(saved.id)}
      />
    </Flex>
  );
}

export default RegulationsPage;
