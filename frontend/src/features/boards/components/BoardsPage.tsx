import { Button, Card, Flex, Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAttachmentCounts } from '@/components/attachments/api';
import { paperclipColumn } from '@/components/attachments/PaperclipFiles';
import { FilterSelect } from '@/components/FilterSelect';
import { PagedTable } from '@/components/PagedTable';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { FormTarget } from '@/components/RecordFormDrawer';
import { SearchInput } from '@/components/SearchInput';
import { useListState, type FilterSpec } from '@/components/useListState';
import { useScopeUnits } from '@/components/unitTree';
import { UnitFilter } from '@/components/UnitTreeSelect';
import { canWriteRegisters, useAuth } from '@/lib/auth';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import { BOARD_KINDS, useBoards, type Board, type BoardFilters, type BoardKind } from '../api';
import { BoardFormDrawer } from './BoardFormDrawer';

const DEFAULT_SORT = 'unit,asc';

const KIND_COLORS: Record<BoardKind, string> = {
  PEOPLES_INSPECTION: 'blue',
  COMMUNITY_INVESTMENT_SUPERVISION: 'green',
  FATHERLAND_FRONT: 'red',
};

const FILTERS: FilterSpec<BoardFilters> = { q: 'string', kind: 'string', unitId: 'number', servingOn: 'string' };

/**
 * Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng, Ủy ban MTTQ: the people's own bodies
 * that inspect and supervise, each with its kind and term.
 */
export function BoardsPage() {
  const { t } = useI18n();
  const canWrite = canWriteRegisters(useAuth().roles);
  const units = useScopeUnits();
  const { filters, filter, table, setTable } = useListState<BoardFilters>(DEFAULT_SORT, FILTERS);
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null);
  const boards = useBoards({ ...filters, ...table });
  const files = useAttachmentCounts(
    'board',
    (boards.data?.items ?? []).map((board) => board.id),
  );

  const columns: NonNullable<TableProps<Board>['columns']> = [
    {
      title: t('boards.column.unit'),
      key: 'unit',
      sorter: true,
      render: (_: unknown, board) => board.unit.name,
    },
    {
      title: t('boards.column.kind'),
      dataIndex: 'kind',
      key: 'kind',
      sorter: true,
      render: (kind: BoardKind) => (
        <Tag color={KIND_COLORS[kind]} variant="outlined">
          {t(`boardKind.${kind}`)}
        </Tag>
      ),
    },
    {
      title: t('boards.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      render: (name: string, board) => <Link to={`/boards/${board.id}`}>{name}</Link>,
    },
    {
      title: t('boards.column.term'),
      key: 'termFrom',
      sorter: true,
      render: (_: unknown, board) =>
        `${formatDate(board.termFrom)} – ${board.termTo ? formatDate(board.termTo) : t('boards.term.open')}`,
    },
    {
      title: t('boards.column.serving'),
      dataIndex: 'serving',
      key: 'serving',
      align: 'right',
      width: 120,
    },
    paperclipColumn<Board>(t('attachments.title'), {
      kind: 'board',
      counts: files.data,
      name: (board) => board.name,
      title: t('attachments.board'),
    }),
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_: unknown, board) =>
        board.allowedActions.includes('update') ? (
          <Button type="link" onClick={() => setFormTarget({ mode: 'edit', id: board.id })}>
            {t('common.edit')}
          </Button>
        ) : null,
    });
  }

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('boards.title')}
        createLabel={t('boards.create')}
        onCreate={canWrite ? () => setFormTarget({ mode: 'create' }) : undefined}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Space wrap>
            <SearchInput placeholder={t('boards.search.placeholder')} onSearch={(q) => filter({ q: q || undefined })} />
            <FilterSelect
              label={t('boards.filter.kind')}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              values={BOARD_KINDS}
              labelOf={(kind) => t(`boardKind.${kind}`)}
              width={260}
            />
            <UnitFilter
              units={units.data}
              label={t('boards.filter.unit')}
              value={filters.unitId}
              onChange={(unitId) => filter({ unitId })}
            />
          </Space>
          {boards.error && <ProblemAlert error={boards.error} />}
          <PagedTable<Board>
            rows={boards.data?.items ?? []}
            total={boards.data?.total ?? 0}
            loading={boards.isFetching}
            state={table}
            onStateChange={setTable}
            columns={columns}
            defaultSort={DEFAULT_SORT}
            emptyText={t('boards.list.empty')}
            totalText={(count) => t('boards.list.total', { total: count })}
          />
        </Flex>
      </Card>
      {canWrite && <BoardFormDrawer target={formTarget} units={units.data} onClose={() => setFormTarget(null)} />}
    </Flex>
  );
}

export default BoardsPage;
