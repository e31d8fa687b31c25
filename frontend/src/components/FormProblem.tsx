import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api/client';
import { unmatchedViolations } from './serverViolations';
import { ProblemAlert } from './ProblemAlert';

interface FormProblemProps {
  error: unknown;
  /** Form fields whose violations are already shown under the field. */
  fields: readonly string[];
  /** Offered when the record changed since it was loaded (412). */
  onReload?: () => void;
}

/** What a failed save needs to tell the user beyond the messages under the fields. */
export function FormProblem({ error, fields, onReload }: FormProblemProps) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  if (isApiError(error) && error.status === 412) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('problem.stale')}
        description={t('problem.staleDetail')}
        action={
          onReload ? (
            <Button size="small" onClick={onReload}>
              {t('common.reload')}
            </Button>
          ) : undefined
        }
      />
    );
  }
  if (isApiError(error) && error.status === 400 && error.violations.length > 0) {
    const rest = unmatchedViolations(error, fields);
    if (rest.length === 0) return null;
    return (
      <Alert
        type="error"
        showIcon
        title={error.title}
        description={
          <>
            {t('problem.otherViolations')}
            <ul>
              {rest.map((v) => (
                <li key={`${v.field}:${v.message}`}>
                  {v.field}: {v.message}
                </li>
              ))}
            </ul>
          </>
        }
      />
    );
  }
  return <ProblemAlert error={error} />;
}
