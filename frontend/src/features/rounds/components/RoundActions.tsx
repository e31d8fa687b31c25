import { Alert } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../../../components/ConfirmActionButton';
import { EditButton } from '../../../components/EditButton';
import type { Round } from '../../../lib/api/types';
import {
  isStaleRoundRefusal,
  useRefreshRound,
  useRoundTransition,
  type RoundTransition,
} from '../api/roundActions';

const TRANSITIONS: readonly RoundTransition[] = ['OPEN', 'START_ASSESSMENT', 'CLOSE'];

interface RoundActionsProps {
  round: Round;
  etag: string | undefined;
  /** Whether the user's role manages rounds; the server's allowedActions decide the rest. */
  mayManage: boolean;
  onEdit: () => void;
}

/**
 * The state changes and the edit the server allows on this round now (`allowedActions`), each
 * confirmed first. Nothing is offered that the server has not listed.
 */
export function RoundActions({ round, etag, mayManage, onEdit }: RoundActionsProps) {
  const { t } = useTranslation();
  const transition = useRoundTransition();
  const refresh = useRefreshRound();
  // After a refusal because the round moved on, its current state is loaded once the user has
  // read why and closed the dialog (loading it at once could remove the button and the dialog).
  const refused = useRef(false);
  if (!mayManage) return null;

  const act = async (action: RoundTransition) => {
    try {
      return await transition.mutateAsync({ id: round.id, action, etag });
    } catch (e: unknown) {
      if (isStaleRoundRefusal(e)) refused.current = true;
      throw e;
    }
  };
  const dismissed = () => {
    if (!refused.current) return;
    refused.current = false;
    void refresh(round.id);
  };
  const allowed = new Set(round.allowedActions);
  const name = round.name;
  const framework = t('rounds.frameworkEdition', {
    name: round.frameworkName,
    edition: round.frameworkEdition,
  });

  const bodies: Record<RoundTransition, React.ReactNode> = {
    OPEN: <p>{t('rounds.actions.openBody', { name })}</p>,
    START_ASSESSMENT: (
      <>
        <p>{t('rounds.actions.startAssessmentBody', { name })}</p>
        <Alert
          type="warning"
          showIcon
          title={t('rounds.actions.freezeWarning', { framework })}
          style={{ marginBottom: 12 }}
        />
      </>
    ),
    CLOSE: <p>{t('rounds.actions.closeBody', { name })}</p>,
  };

  return (
    <>
      {allowed.has('EDIT') && <EditButton variant="default" name={name} onClick={onEdit} />}
      {TRANSITIONS.filter((action) => allowed.has(action)).map((action) => (
        <ConfirmActionButton
          key={action}
          label={t(`rounds.actions.${action}`)}
          title={t(`rounds.actions.${action}Title`)}
          body={bodies[action]}
          okText={t(`rounds.actions.${action}`)}
          doneMessage={t(`rounds.actions.${action}Done`, { name })}
          type={action === 'OPEN' ? 'primary' : 'default'}
          size="middle"
          danger={action === 'CLOSE'}
          onConfirm={() => act(action)}
          onDismiss={dismissed}
        />
      ))}
    </>
  );
}
