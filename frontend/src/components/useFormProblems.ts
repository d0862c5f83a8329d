import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { isProblem, type FieldProblem } from '@/api';
import { applyProblemToForm } from './applyProblemToForm';

/**
 * The failure of a form's last save: field errors shown at their fields, the rest kept for a
 * ProblemAlert above the form, and whether it was a stale version (someone saved in between).
 */
export function useFormProblems(form: Pick<FormInstance, 'setFields'>, fields: readonly string[]) {
  const [error, setError] = useState<unknown>(null);
  const [unmatched, setUnmatched] = useState<FieldProblem[]>([]);
  const clear = useCallback(() => {
    setError(null);
    setUnmatched([]);
  }, []);
  const show = (failure: unknown) => {
    setError(failure);
    setUnmatched(applyProblemToForm(form, failure, fields));
  };
  return { error, unmatched, clear, show, stale: isProblem(error, 'version.stale') };
}
