import { Space, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useAttachmentCounts } from '@/components/attachments/api';
import { paperclipColumn } from '@/components/attachments/PaperclipFiles';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { TextWithNote } from '@/components/TextWithNote';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { Disclosure, DisclosureCategory, DisclosureForm } from '../api';

export const DEFAULT_SORT = 'postedOn,desc';

interface DisclosuresTableProps {
  disclosures: Disclosure[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (disclosure: Disclosure) => void;
  onDelete: (disclosure: Disclosure) => Promise<unknown>;
}

export function DisclosuresTable({ disclosures, canWrite, onEdit, onDelete, ...table }: DisclosuresTableProps) {
  const { t } = useI18n();
  const files = useAttachmentCounts(
    'disclosure',
    disclosures.map((row) => row.id),
  );

  const columns: NonNullable<TableProps<Disclosure>['columns']> = [
    {
      title: t('disclosures.column.postedOn'),
      dataIndex: 'postedOn',
      key: 'postedOn',
      width: 120,
      sorter: true,
      render: (date: string) => formatDate(date),
    },
    {
      title: t('disclosures.column.category'),
      dataIndex: 'category',
      key: 'category',
      width: 200,
      sorter: true,
      render: (category: DisclosureCategory) => <Tag variant="outlined">{t(`disclosureCategory.${category}`)}</Tag>,
    },
    {
      title: t('disclosures.column.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      render: (title: string, disclosure) => <TextWithNote text={title} note={disclosure.content} clamp />,
    },
    {
      title: t('disclosures.column.forms'),
      key: 'forms',
      render: (_: unknown, disclosure) => (
        <Space size={[0, 4]} wrap>
          {disclosure.forms.map((form: DisclosureForm) => (
            <Tag key={form}>{t(`disclosureForm.${form}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('disclosures.column.unit'),
      key: 'unit',
      sorter: true,
      render: (_: unknown, disclosure) => disclosure.unit.name,
    },
    paperclipColumn<Disclosure>(t('attachments.title'), {
      kind: 'disclosure',
      counts: files.data,
      name: (disclosure) => disclosure.title,
      title: t('attachments.disclosure'),
    }),
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<Disclosure>(t('common.actions'), {
        name: (disclosure) => disclosure.title,
        onEdit,
        onDelete,
        deleteConfirm: (disclosure) => t('disclosures.deleteConfirm', { name: disclosure.title }),
      }),
    );
  }

  return (
    <PagedTable<Disclosure>
      {...table}
      rows={disclosures}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('disclosures.list.empty')}
      totalText={(count) => t('disclosures.list.total', { total: count })}
    />
  );
}
