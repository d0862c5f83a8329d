import { Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useAttachmentCounts } from '@/components/attachments/api';
import { paperclipColumn } from '@/components/attachments/PaperclipFiles';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { TextWithNote } from '@/components/TextWithNote';
import { useI18n } from '@/lib/i18n';
import type { ModelPractice } from '../api';

export const DEFAULT_SORT = 'year,desc';
const TAGS_SHOWN = 3;

interface ModelPracticesTableProps {
  practices: ModelPractice[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (practice: ModelPractice) => void;
  onDelete: (practice: ModelPractice) => Promise<unknown>;
}

export function ModelPracticesTable({ practices, canWrite, onEdit, onDelete, ...table }: ModelPracticesTableProps) {
  const { t } = useI18n();
  const files = useAttachmentCounts(
    'model-practice',
    practices.map((row) => row.id),
  );

  const columns: NonNullable<TableProps<ModelPractice>['columns']> = [
    { title: t('modelPractices.column.year'), dataIndex: 'year', key: 'year', width: 90, sorter: true },
    {
      title: t('modelPractices.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      render: (name: string, practice) => <TextWithNote text={name} note={practice.description} clamp />,
    },
    {
      title: t('modelPractices.column.unit'),
      key: 'unit',
      sorter: true,
      render: (_: unknown, practice) => practice.unit.name,
    },
    {
      title: t('modelPractices.column.replicatedIn'),
      key: 'replicatedIn',
      render: (_: unknown, practice) =>
        practice.replicatedIn.length === 0 ? (
          '—'
        ) : (
          <Space size={[0, 4]} wrap>
            {practice.replicatedIn.slice(0, TAGS_SHOWN).map((unit) => (
              <Tag key={unit.id}>{unit.name}</Tag>
            ))}
            {practice.replicatedIn.length > TAGS_SHOWN && (
              <Tag>{t('modelPractices.moreUnits', { count: practice.replicatedIn.length - TAGS_SHOWN })}</Tag>
            )}
          </Space>
        ),
    },
    paperclipColumn<ModelPractice>(t('attachments.title'), {
      kind: 'model-practice',
      counts: files.data,
      name: (practice) => practice.name,
      title: t('attachments.practice'),
    }),
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<ModelPractice>(t('common.actions'), {
        name: (practice) => practice.name,
        onEdit,
        onDelete,
        deleteConfirm: (practice) => t('modelPractices.deleteConfirm', { name: practice.name }),
      }),
    );
  }

  return (
    <PagedTable<ModelPractice>
      {...table}
      rows={practices}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('modelPractices.list.empty')}
      totalText={(count) => t('modelPractices.list.total', { total: count })}
    />
  );
}
