import { Alert } from 'antd';
import type { ReactNode } from 'react';
import type { FieldProblem } from '@/api';
import { useI18n } from '@/lib/i18n';
import { problemMessage } from './problemMessage';

interface ProblemAlertProps {
  error: unknown;
  /** Field errors that no form field could show. */
  unmatched?: FieldProblem[];
  /** Replaces the generic sentence, e.g. a conflict explained in the feature's words. */
  message?: string;
  action?: ReactNode;
  onClose?: () => void;
}

/** A failed call explained in the user's language, above a form or a list. */
export function ProblemAlert({ error, unmatched = [], message, action, onClose }: ProblemAlertProps) {
  const { t } = useI18n();
  if (!error) {
    return null;
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message ?? problemMessage(error, t)}
      description={
        unmatched.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {unmatched.map((problem, index) => (
              <li key={index}>{problem.field ? `${problem.field}: ${problem.message}` : problem.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={action}
      closable={onClose ? { onClose } : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
