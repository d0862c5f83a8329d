import type { TableProps } from 'antd';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { TextWithNote } from '@/components/TextWithNote';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { Training } from '../api';
import { formatCount } from '@/lib/format';

export const DEFAULT_SORT = 'date,desc';

interface TrainingsTableProps {
  trainings: Training[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (training: Training) => void;
  onDelete: (training: Training) => Promise<unknown>;
}

export function TrainingsTable({ trainings, canWrite, onEdit, onDelete, ...table }: TrainingsTableProps) {
  const { t } = useI18n();

  const columns: NonNullable<TableProps<Training>['columns']> = [
    {
      title: t('trainings.column.date'),
      dataIndex: 'date',
      key: 'date',
      width: 120,
      sorter: true,
      render: (date: string) => formatDate(date),
    },
    {
      title: t('trainings.column.topic'),
      dataIndex: 'topic',
      key: 'topic',
      sorter: true,
      render: (topic: string, training) => <TextWithNote text={topic} note={training.audience} />,
    },
    {
      title: t('trainings.column.organizer'),
      key: 'organizer',
      sorter: true,
      render: (_: unknown, training) => training.organizerUnit.name,
    },
    {
      title: t('trainings.column.location'),
      dataIndex: 'location',
      key: 'location',
      responsive: ['xl'],
      render: (location: string | null | undefined) => location ?? '—',
    },
    {
      title: t('trainings.column.attendances'),
      dataIndex: 'attendances',
      key: 'attendances',
      align: 'right',
      width: 120,
      sorter: true,
      render: (attendances: number) => formatCount(attendances),
    },
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<Training>(t('common.actions'), {
        name: (training) => training.topic,
        onEdit,
        onDelete,
        deleteConfirm: (training) => t('trainings.deleteConfirm', { name: training.topic }),
      }),
    );
  }

  return (
    <PagedTable<Training>
      {...table}
      rows={trainings}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('trainings.list.empty')}
      totalText={(count) => t('trainings.list.total', { total: count })}
    />
  );
}
