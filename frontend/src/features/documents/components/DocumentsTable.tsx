import { Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useAttachmentCounts } from '@/components/attachments/api';
import { paperclipColumn } from '@/components/attachments/PaperclipFiles';
import { PagedTable, type TableState } from '@/components/PagedTable';
import { actionsColumn } from '@/components/RowActions';
import { TextWithNote } from '@/components/TextWithNote';
import { formatDate } from '@/lib/dates';
import { useI18n } from '@/lib/i18n';
import type { DirectiveDocument } from '../api';

export const DEFAULT_SORT = 'issueDate,desc';

interface DocumentsTableProps {
  documents: DirectiveDocument[];
  total: number;
  loading: boolean;
  state: TableState;
  onStateChange: (state: TableState) => void;
  canWrite: boolean;
  onEdit: (document: DirectiveDocument) => void;
  onDelete: (document: DirectiveDocument) => Promise<unknown>;
}

export function DocumentsTable({ documents, canWrite, onEdit, onDelete, ...table }: DocumentsTableProps) {
  const { t } = useI18n();
  const files = useAttachmentCounts(
    'document',
    documents.map((row) => row.id),
  );

  const columns: NonNullable<TableProps<DirectiveDocument>['columns']> = [
    {
      title: t('documents.column.number'),
      dataIndex: 'number',
      key: 'number',
      width: 140,
      sorter: true,
      render: (number: string) => <Typography.Text code>{number}</Typography.Text>,
    },
    {
      title: t('documents.column.issueDate'),
      dataIndex: 'issueDate',
      key: 'issueDate',
      width: 130,
      sorter: true,
      render: (date: string) => formatDate(date),
    },
    {
      title: t('documents.column.kind'),
      dataIndex: 'kind',
      key: 'kind',
      width: 140,
      sorter: true,
      render: (_: unknown, document) => <Tag>{t(`documentKind.${document.kind}`)}</Tag>,
    },
    {
      title: t('documents.column.title'),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      render: (title: string, document) => <TextWithNote text={title} note={document.summary} clamp />,
    },
    {
      title: t('documents.column.issuer'),
      key: 'issuer',
      sorter: true,
      render: (_: unknown, document) =>
        document.issuingBody ? (
          <TextWithNote text={<span>{document.issuingBody}</span>} note={document.issuerUnit.name} />
        ) : (
          document.issuerUnit.name
        ),
    },
    paperclipColumn<DirectiveDocument>(t('attachments.title'), {
      kind: 'document',
      counts: files.data,
      name: (document) => document.number,
      title: t('attachments.signedText'),
    }),
  ];

  if (canWrite) {
    columns.push(
      actionsColumn<DirectiveDocument>(t('common.actions'), {
        name: (document) => document.number,
        onEdit,
        onDelete,
        deleteConfirm: (document) => t('documents.deleteConfirm', { name: document.number }),
        writable: (document) => !document.readOnly,
      }),
    );
  }

  return (
    <PagedTable<DirectiveDocument>
      {...table}
      rows={documents}
      columns={columns}
      defaultSort={DEFAULT_SORT}
      emptyText={t('documents.list.empty')}
      totalText={(count) => t('documents.list.total', { total: count })}
    />
  );
}
