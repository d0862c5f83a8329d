import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Select, Space, Typography } from 'antd';
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
import { CONFERENCE_KINDS, useConferences, useDeleteConference, type ConferenceFilters, type ConferenceKind } from '../api';
import { ConferenceFormDrawer } from './ConferenceFormDrawer';
import { ConferencesTable, DEFAULT_SORT } from './ConferencesTable';
import { LaggingUnitsCard } from './LaggingUnitsCard';

const FIRST_PAGE: TableState = { page: 0, size: 20, sort: DEFAULT_SORT };

/**
 * Hội nghị, đối thoại: the staff conferences of agencies and public service units, the workers'
 * conferences and workplace dialogues of enterprises, and the units that held none in the year.
 */
export function ConferencesPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const { roles } = useAuth();
  const canWrite = canWriteRegisters(roles);
  const units = useScopeUnits();
  const [filters, setFilters] = useState<ConferenceFilters>({ year: currentYear });
  const [table, setTable] = useState<TableState>(FIRST_PAGE);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const conferences = useConferences({ ...filters, ...table });
  const deleteConference = useDeleteConference();
  const remove = useDeleteAction(deleteConference.mutateAsync);
  const laggingYear = filters.year ?? currentYear;

  const filter = (change: ConferenceFilters) => {
    setFilters((current) => ({ ...current, ...change }));
    setTable((current) => ({ ...current, page: 0 }));
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('conferences.title')}
        </Typography.Title>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFormTarget({ mode: 'create' })}>
            {t('conferences.create')}
          </Button>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card size="small">
            <Flex vertical gap={12}>
              <Space wrap>
                <SearchInput placeholder={t('conferences.search.placeholder')} onSearch={(q) => filter({ q: q || undefined })} />
                <YearSelect allowAll currentYear={currentYear} value={filters.year} onChange={(year) => filter({ year })} />
                <Select<ConferenceKind>
                  allowClear
                  style={{ width: 220 }}
                  placeholder={t('conferences.filter.kind')}
                  aria-label={t('conferences.filter.kind')}
                  value={filters.kind}
                  onChange={(kind) => filter({ kind })}
                  options={CONFERENCE_KINDS.map((kind) => ({ value: kind, label: t(`conferenceKind.${kind}`) }))}
                />
                <UnitTreeSelect
                  allowClear
                  style={{ width: 260 }}
                  placeholder={t('conferences.filter.unit')}
                  aria-label={t('conferences.filter.unit')}
                  units={units.data}
                  value={filters.unitId}
                  onChange={(unitId: number | undefined) => filter({ unitId })}
                />
              </Space>
              {conferences.error && <ProblemAlert error={conferences.error} />}
              <ConferencesTable
                conferences={conferences.data?.items ?? []}
                total={conferences.data?.total ?? 0}
                loading={conferences.isFetching}
                state={table}
                onStateChange={setTable}
                canWrite={canWrite}
                onEdit={(conference) => setFormTarget({ mode: 'edit', id: conference.id })}
                onDelete={(conference) => remove(conference.id, t('conferences.deleted', { name: conference.title }))}
              />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} xl={7}>
          <LaggingUnitsCard key={`${laggingYear}-${filters.unitId}`} year={laggingYear} unitId={filters.unitId} />
        </Col>
      </Row>
      {canWrite && <ConferenceFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default ConferencesPage;
