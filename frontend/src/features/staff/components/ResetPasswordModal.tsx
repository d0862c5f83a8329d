import { App, Form, Modal } from 'antd';
import { useState } from 'react';
import type { FieldProblem } from '@/api';
import { applyProblemToForm } from '@/components/applyProblemToForm';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useResetStaffPassword, type StaffMember } from '../api';
import { staffProblemMessage } from './staffProblems';
import { TemporaryPasswordField } from './TemporaryPasswordField';

/** A new temporary password for an account; the person chooses their own at the next sign-in. */
export function ResetPasswordModal({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const reset = useResetStaffPassword();
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);

  const close = () => {
    setError(null);
    setUnmatched([]);
    form.resetFields();
    onClose();
  };

  const submit = async ({ temporaryPassword }: { temporaryPassword: string }) => {
    if (!member) {
      return;
    }
    setError(null);
    try {
      await reset.mutateAsync({ id: member.id, temporaryPassword });
      message.success(t('staff.passwordReset', { name: member.username }));
      close();
    } catch (failure) {
      setError(failure);
      setUnmatched(applyProblemToForm(form, failure, ['temporaryPassword']));
    }
  };

  return (
    <Modal
      open={member !== null}
      title={t('staff.resetTitle', { name: member?.username ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <ProblemAlert error={error} unmatched={unmatched} message={staffProblemMessage(error, t)} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        name="resetPassword"
        validateMessages={{ required: t('error.required', { field: '${label}' }) }}
      >
        <TemporaryPasswordField />
      </Form>
    </Modal>
  );
}
