import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { useTranslation } from 'react-i18next';
import { useSubmitAllEvidence } from '../api/submitAllEvidence';
import type { EvidenceItem } from '../api/types';

/**
 * Submits every item the server lets the township submit now, after a confirmation that lists
 * them; offered only when there is at least one.
 */
export function SubmitAllButton({
  nominationId,
  items,
}: {
  nominationId: number;
  items: readonly EvidenceItem[];
}) {
  const { t } = useTranslation();
  const submitAll = useSubmitAllEvidence();
  const ready = items.filter((item) => item.allowedActions.includes('SUBMIT'));
  if (ready.length === 0) return null;
  return (
    <ConfirmActionButton
      type="primary"
      size="middle"
      label={t('evidence.submitAll.label')}
      title={t('evidence.submitAll.title')}
      okText={t('evidence.submitAll.ok', { count: ready.length })}
      doneMessage={t('evidence.submitAll.done', { count: ready.length })}
      body={
        <>
          <p>{t('evidence.submitAll.body', { count: ready.length })}</p>
          <ul>
            {ready.map((item) => (
              <li key={item.indicatorCode}>
                {item.indicatorCode} {item.title}
              </li>
            ))}
          </ul>
        </>
      }
      onConfirm={() => submitAll.mutateAsync(nominationId)}
    />
  );
}
