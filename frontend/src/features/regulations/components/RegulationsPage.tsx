import { Card, Flex, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import {
  REGULATION_KINDS,
  REGULATION_STATUSES,
  useRegulations,
  type RegulationKind,
  type RegulationStatus,
} from '../api';
import { CoverageCard } from './CoverageCard';
import { DEFAULT_SORT, RegulationsTable, type TableState } from './RegulationsTable';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };
const SEARCH_DELAY_MS = 350;

/** Quy chế dân chủ, hương ước, quy ước: the coverage across units and a searchable list. Read-only for now. */
export function RegulationsPage() {
  const { t } = useI18n();
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
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('regulations.title')}
      </Typography.Title>
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
          />
        </Flex>
      </Card>
    </Flex>
  );
}

export default RegulationsPage;
