import type { FormInstance } from 'antd';
import type { FieldProblem } from '@/api';
import { ApiProblem } from '@/api';

/**
 * The form field a server-side field path names. Bean Validation paths may carry the method and
 * parameter (`create.request.name`) or an index (`items[0].name`); the last segment that is one of
 * the form's fields wins.
 */
export function formFieldFor(path: string, formFields: readonly string[]): string | undefined {
  const segments = path
    .split(/[.[\]]+/)
    .filter((segment) => segment !== '')
    .reverse();
  return segments.find((segment) => formFields.includes(segment));
}

/**
 * Shows each field error of a problem+json answer under the matching form field.
 * Returns the errors no field could take, for a message above the form.
 */
export function applyProblemToForm(
  form: Pick<FormInstance, 'setFields'>,
  error: unknown,
  formFields: readonly string[],
): FieldProblem[] {
  if (!(error instanceof ApiProblem)) {
    return [];
  }
  const byField = new Map<string, string[]>();
  const unmatched: FieldProblem[] = [];
  for (const problem of error.errors) {
    const field = formFieldFor(problem.field, formFields);
    if (field) {
      byField.set(field, [...(byField.get(field) ?? []), problem.message]);
    } else {
      unmatched.push(problem);
    }
  }
  if (byField.size > 0) {
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  }
  return unmatched;
}
