import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';

/** The pencil of a table row; `name` makes its accessible label unique ("Sửa <name>"). */
export function EditButton({ name, onClick }: { name: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Tooltip title={t('common.edit')}>
      <Button type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${name}`} onClick={onClick} />
    </Tooltip>
  );
}

interface DeleteButtonProps {
  name: string;
  confirm: string;
  hint?: string;
  onConfirm: () => Promise<unknown>;
}

/** The bin of a table row, asking first. */
export function DeleteButton({ name, confirm, hint, onConfirm }: DeleteButtonProps) {
  const { t } = useI18n();
  return (
    <Popconfirm
      title={confirm}
      description={hint}
      okText={t('common.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={onConfirm}
    >
      <Tooltip title={t('common.delete')}>
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${name}`} />
      </Tooltip>
    </Popconfirm>
  );
}

interface ActionsColumnOptions<T> {
  /** Names the row in the buttons' accessible labels. */
  name: (row: T) => string;
  onEdit: (row: T) => void;
  onDelete?: (row: T) => Promise<unknown>;
  deleteConfirm?: (row: T) => string;
  deleteHint?: string;
  /** More buttons between edit and delete. */
  extra?: (row: T) => ReactNode;
  /** Rows the caller may only read (e.g. a directive from a unit above) get no buttons. */
  writable?: (row: T) => boolean;
  width?: number;
}

/** The last column of a register's table: edit, any extra operations, delete. */
export function actionsColumn<T>(
  title: string,
  { name, onEdit, onDelete, deleteConfirm, deleteHint, extra, writable, width = 96 }: ActionsColumnOptions<T>,
): ColumnType<T> {
  return {
    title,
    key: 'actions',
    width,
    render: (_: unknown, row: T) => {
      if (writable && !writable(row)) {
        return null;
      }
      return (
        <Space size="small">
          <EditButton name={name(row)} onClick={() => onEdit(row)} />
          {extra?.(row)}
          {onDelete && (
            <DeleteButton
              name={name(row)}
              confirm={deleteConfirm?.(row) ?? name(row)}
              hint={deleteHint}
              onConfirm={() => onDelete(row)}
            />
          )}
        </Space>
      );
    },
  };
}
