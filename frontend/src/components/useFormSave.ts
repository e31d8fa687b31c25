import type { FormInstance } from 'antd';
import { useState } from 'react';
import { applyServerViolations } from './serverViolations';

/**
 * Runs a form's save; on failure puts the server's violations under their fields and keeps the
 * error for FormProblem to show.
 */
export function useFormSave(
  form: FormInstance,
  fields: readonly string[],
): { error: unknown; save: (action: () => Promise<void>) => Promise<void> } {
  const [error, setError] = useState<unknown>(null);
  const save = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e: unknown) {
      applyServerViolations(form, e, fields);
      setError(e);
    }
  };
  return { error, save };
}
