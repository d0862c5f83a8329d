import { Card, Col, Flex, Row, Space } from 'antd';
import { useState } from 'react';
import { FilterSelect } from '@/components/FilterSelect';
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
import { CONFERENCE_KINDS, useConferences, useDeleteConference, type ConferenceFilters } from '../api';
import { ConferenceFormDrawer } from './ConferenceFormDrawer';
import { ConferencesTable, DEFAULT_SORT } from './ConferencesTable';
import { LaggingUnitsCard } from './LaggingUnitsCard';

/**
 * Hội nghị, đối thoại: the staff conferences of agencies and public service units, the workers'
 * conferences and workplace dialogues of enterprises, and the units that held none in the year.
 */
export function ConferencesPage({ currentYear = new Date().getFullYear() }: { currentYear?: number }) {
  const { t } = useI18n();
  const canWrite = canWriteRegisters(useAuth().roles);
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<ConferenceFilters>(DEFAULT_SORT, { year: currentYear });
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const conferences = useConferences({ ...filters, ...table });
  const remove = useDeleteAction(useDeleteConference().mutateAsync);
  const laggingYear = filters.year ?? currentYear;

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('conferences.title')}
        createLabel={t('conferences.create')}
        onCreate={canWrite ? () => setFormTarget({ mode: 'create' }) : undefined}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Card size="small">
            <Flex vertical gap={12}>
              <Space wrap>
                <SearchInput
                  placeholder={t('conferences.search.placeholder')}
                  onSearch={(q) => filter({ q: q || undefined })}
                />
                <YearSelect
                  allowAll
                  currentYear={currentYear}
                  value={filters.year}
                  onChange={(year) => filter({ year })}
                />
                <FilterSelect
                  label={t('conferences.filter.kind')}
                  value={filters.kind}
                  onChange={(kind) => filter({ kind })}
                  values={CONFERENCE_KINDS}
                  labelOf={(kind) => t(`conferenceKind.${kind}`)}
                  width={220}
                />
                <UnitFilter
                  units={units.data}
                  label={t('conferences.filter.unit')}
                  value={filters.unitId}
                  onChange={(unitId) => filter({ unitId })}
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
