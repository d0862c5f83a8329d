import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tooltip } from 'antd';
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
