import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';

interface FormDrawerProps {
  open: boolean;
  title: ReactNode;
  size?: number;
  onClose: () => void;
  /** Submits the form inside (`form.submit()`), which validates before saving. */
  onSave: () => void;
  saving: boolean;
  /** While the record to edit is still loading. */
  saveDisabled?: boolean;
  children: ReactNode;
}

/** A side drawer holding one form, with Cancel and Save at its foot. */
export function FormDrawer({
  open,
  title,
  size = 560,
  onClose,
  onSave,
  saving,
  saveDisabled,
  children,
}: FormDrawerProps) {
  const { t } = useI18n();
  return (
    <Drawer
      open={open}
      title={title}
      size={size}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={saveDisabled} onClick={onSave}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
