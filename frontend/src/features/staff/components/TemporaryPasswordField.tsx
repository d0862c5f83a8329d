import { Form, Input } from 'antd';
import { useI18n } from '@/lib/i18n';

/** A temporary password, with the realm's policy stated beside it; the person changes it at the next sign-in. */
export function TemporaryPasswordField() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="temporaryPassword"
      label={t('staff.field.temporaryPassword')}
      extra={t('staff.field.passwordHelp')}
      rules={[{ required: true }]}
    >
      <Input.Password maxLength={128} autoComplete="new-password" />
    </Form.Item>
  );
}
