import { Space, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { DeleteButton, EditButton } from '@/components/RowActions';
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

  const columns: NonNullable<TableProps<ModelPractice>['columns']> = [
    { title: t('modelPractices.column.year'), dataIndex: 'year', key: 'year', width: 90, sorter: true },
    {
      title: t('modelPractices.column.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      render: (name: string, practice) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{name}</Typography.Text>
          {practice.description && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {practice.description}
            </Typography.Paragraph>
          )}
        </Space>
      ),
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
  ];

  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 96,
      render: (_: unknown, practice) => (
        <Space size="small">
          <EditButton name={practice.name} onClick={() => onEdit(practice)} />
          <DeleteButton
            name={practice.name}
            confirm={t('modelPractices.deleteConfirm', { name: practice.name })}
            onConfirm={() => onDelete(practice)}
          />
        </Space>
      ),
    });
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
