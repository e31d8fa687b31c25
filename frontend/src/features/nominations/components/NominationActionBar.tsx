import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import type { Nomination } from '../../../lib/api/types';
import { needsReason, useNominationAction, type StateAction } from '../api/nominationActions';
import { ReasonActionButton } from './ReasonActionButton';

/** The order actions appear in: forward steps first, final and destructive ones last. */
const ACTION_ORDER: readonly StateAction[] = [
  'SUBMIT_PLAN',
  'APPROVE_PLAN',
  'RETURN_PLAN',
  'SUBMIT_FOR_ASSESSMENT',
  'SELECT_PROVINCIAL',
  'DESELECT_PROVINCIAL',
  'NAME',
  'NOT_NAME',
  'WITHDRAW',
];
const PRIMARY: ReadonlySet<StateAction> = new Set([
  'SUBMIT_PLAN',
  'APPROVE_PLAN',
  'SUBMIT_FOR_ASSESSMENT',
  'NAME',
]);
const DANGER: ReadonlySet<StateAction> = new Set(['RETURN_PLAN', 'NOT_NAME', 'WITHDRAW']);

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
  const act = useNominationAction();
  const name = nomination.townshipName;
  const offered = ACTION_ORDER.filter((a) => nomination.allowedActions.includes(a));
  if (offered.length === 0) return null;

  return (
    <Flex wrap gap="small">
      {offered.map((action) => {
        const key = `nominations.actions.${action}` as const;
        const common = {
          label: t(`${key}.label`),
          title: t(`${key}.title`),
          okText: t(`${key}.label`),
          doneMessage: t(`${key}.done`, { name }),
          danger: DANGER.has(action),
          type: PRIMARY.has(action) ? ('primary' as const) : ('default' as const),
        };
        const body = <p>{t(`${key}.body`, { name })}</p>;
        if (needsReason(action)) {
          return (
            <ReasonActionButton
              key={action}
              {...common}
              body={body}
              reasonLabel={t(`nominations.actions.${action}.reasonLabel`)}
              reasonRequired={t('nominations.reasonRequired')}
              onConfirm={(reason) => act.mutateAsync({ id: nomination.id, etag, action, reason })}
            />
          );
        }
        return (
          <ConfirmActionButton
            key={action}
            {...common}
            size="middle"
            body={
              <>
                {body}
                {action === 'SUBMIT_PLAN' && planDirty && (
                  <Alert type="warning" showIcon title={t('nominations.unsavedPlanWarning')} />
                )}
              </>
            }
            onConfirm={() => act.mutateAsync({ id: nomination.id, etag, action })}
          />
        );
      })}
    </Flex>
  );
}
