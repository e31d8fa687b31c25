import { Flex, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../../components/StatusTag';
import type { PlanProgress } from '../../../../lib/api/types';

/** Done milestones of all, as a bar and in words, and how many are overdue. */
export function PlanProgressBar({ progress }: { progress: PlanProgress }) {
  const { t } = useTranslation();
  const summary = t('nominations.plan.progressSummary', {
    done: progress.done,
    total: progress.total,
  });
  return (
    <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
      <Progress
        percent={progress.percent}
        aria-label={t('nominations.plan.progress')}
        aria-valuetext={summary}
        style={{ flex: '1 1 200px', maxWidth: 400, margin: 0 }}
      />
      <span>{summary}</span>
      {progress.overdue > 0 && (
        <StatusTag tone="negative">
          {t('nominations.plan.overdueCount', { count: progress.overdue })}
        </StatusTag>
      )}
    </Flex>
  );
}
