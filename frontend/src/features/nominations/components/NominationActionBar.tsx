import { useQueryClient } from '@tanstack/react-query';
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../lib/api/queryKeys';
import type { Nomination } from '../../../lib/api/types';
import { needsReason, useNominationAction, type StateAction } from '../api/nominationActions';
import { ActionDialogButton } from './ActionDialogButton';

/**
 * The order actions appear in: forward steps first, destructive ones last. Approving
 * and returning a plan or a change are the plan's review panel's, beside the plan they decide on.
 */
const ACTION_ORDER: readonly StateAction[] = [
  'SUBMIT_PLAN',
  'SUBMIT_PLAN_CHANGE',
  'SUBMIT_FOR_ASSESSMENT',
  'SELECT_PROVINCIAL',
  'DESELECT_PROVINCIAL',
  'WITHDRAW',
];
const PRIMARY: ReadonlySet<StateAction> = new Set([
  'SUBMIT_PLAN',
  'SUBMIT_PLAN_CHANGE',
  'SUBMIT_FOR_ASSESSMENT',
]);
const DANGER: ReadonlySet<StateAction> = new Set(['WITHDRAW']);

interface NominationActionBarProps {
  nomination: Nomination;
  etag: string | undefined;
  /** The plan editor holds changes not saved yet: submitting would send the saved revision. */
  planDirty: boolean;
}

/**
 * Exactly the actions the server says this caller may take now (`allowedActions`), each behind a
 * confirmation; no guessing from role or state.
 */
export function NominationActionBar({ nomination, etag, planDirty }: NominationActionBarProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const act = useNominationAction();
  const name = nomination.townshipName;
  const offered = ACTION_ORDER.filter((a) => nomination.allowedActions.includes(a));
  if (offered.length === 0) return null;

  // A refusal (another state, a passed deadline, another version) means the page is stale.
  const reload = () =>
    void queryClient.invalidateQueries({ queryKey: queryKeys.nominations.detail(nomination.id) });

  return (
    <Flex wrap gap="small">
      {offered.map((action) => {
        const key = `nominations.actions.${action}` as const;
        return (
          <ActionDialogButton
            key={action}
            label={t(`${key}.label`)}
            title={t(`${key}.title`)}
            okText={t(`${key}.label`)}
            doneMessage={t(`${key}.done`, { name })}
            danger={DANGER.has(action)}
            type={PRIMARY.has(action) ? 'primary' : 'default'}
            reason={
              needsReason(action)
                ? {
                    label: t(`nominations.actions.${action}.reasonLabel`),
                    required: t('nominations.reasonRequired'),
                  }
                : undefined
            }
            body={
              <>
                <p>{t(`${key}.body`, { name })}</p>
                {(action === 'SUBMIT_PLAN' || action === 'SUBMIT_PLAN_CHANGE') && planDirty && (
                  <Alert type="warning" showIcon title={t('nominations.unsavedPlanWarning')} />
                )}
              </>
            }
            onConfirm={(reason) =>
              needsReason(action)
                ? act.mutateAsync({ id: nomination.id, etag, action, reason: reason ?? '' })
                : act.mutateAsync({ id: nomination.id, etag, action })
            }
            onRefusalClosed={reload}
          />
        );
      })}
    </Flex>
  );
}
