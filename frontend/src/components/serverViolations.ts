import type { FormInstance } from 'antd';
import { isApiError, type ApiError, type Violation } from '../lib/api/client';

/** The form field a violation names; tolerates a path prefix such as `body.code`. */
function fieldOf(violation: Violation, fields: readonly string[]): string | undefined {
  if (fields.includes(violation.field)) return violation.field;
  const last = violation.field.split('.').pop();
  return last !== undefined && fields.includes(last) ? last : undefined;
}

export function unmatchedViolations(error: ApiError, fields: readonly string[]): Violation[] {
  return error.violations.filter((v) => fieldOf(v, fields) === undefined);
}

/**
 * Puts a 400's violations under the form fields they name, with the server's (localised) text.
 * Returns whether any field got an error.
 */
export function applyServerViolations(
  form: FormInstance,
  error: unknown,
  fields: readonly string[],
): boolean {
  if (!isApiError(error) || error.status !== 400) return false;
  const byField = new Map<string, string[]>();
  for (const violation of error.violations) {
    const field = fieldOf(violation, fields);
    if (field === undefined) continue;
    byField.set(field, [...(byField.get(field) ?? []), violation.message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return byField.size > 0;
}
