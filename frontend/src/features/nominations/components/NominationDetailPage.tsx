import { Alert, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import type { Nomination } from '../../../lib/api/types';
import { useNomination } from '../../../lib/nominations/getNomination';
import { PlanSection } from '../plan/components/PlanSection';
import { DeadlineBanner } from './DeadlineBanner';
import { NominationActionBar } from './NominationActionBar';
import { NominationSummary } from './NominationSummary';
import { DossierLink } from '../dossier/components/DossierLink';
import { useLeaveGuard } from '../../../components/useLeaveGuard';
import { ROUND_PARAM } from './useSelectedRound';

export function NominationDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('nominations.notFound')} />;
  return <NominationDetail id={id} />;
}

function NominationDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const nomination = useNomination(id);
  const [planDirty, setPlanDirty] = useState(false);
  useLeaveGuard(planDirty, {
    title: t('nominations.leaveTitle'),
    body: t('nominations.leaveBody'),
    leave: t('nominations.leave'),
    stay: t('nominations.stay'),
  });

  if (!nomination.isSuccess) {
    return (
      <RecordLoadState
        query={nomination}
        notFoundTitle={t('nominations.notFound')}
        errorTitle={t('nominations.detailTitle')}
      />
    );
  }

  const { value, etag } = nomination.data;
  return (
    <>
      <PageHeader
        title={value.townshipName}
        crumbs={[
          { label: t('nav.nominations'), to: `/nominations?${ROUND_PARAM}=${value.roundId}` },
          { label: value.townshipName },
        ]}
        extra={
          <>
            <DossierLink nominationId={value.id} />
            <NominationActionBar nomination={value} etag={etag} planDirty={planDirty} />
          </>
        }
      />
      <DeadlineBanner nomination={value} />
      <Reasons nomination={value} />
      <NominationSummary nomination={value} />
      <PlanSection nomination={value} etag={etag} onDirtyChange={setPlanDirty} />
      <EvidenceLink nominationId={value.id} />
    </>
  );
}

/** Where the nomination's evidence (佐证材料) is kept: its own pages. */
function EvidenceLink({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('evidence.nominationLink.title')}
      </Typography.Title>
      <Link to={`/nominations/${String(nominationId)}/evidence`}>
        {t('evidence.nominationLink.open')}
      </Link>
    </section>
  );
}

/** Why the plan came back, or why the nomination ended without a title. */
function Reasons({ nomination: n }: { nomination: Nomination }) {
  const { t } = useTranslation();
  const returned = n.state === 'NOMINATED' && n.returnReason;
  const decided = (n.state === 'WITHDRAWN' || n.state === 'NOT_NAMED') && n.decisionReason;
  if (!returned && !decided) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="note"
      style={{ marginBottom: 16 }}
      title={
        returned
          ? t('nominations.returnedTitle')
          : n.state === 'WITHDRAWN'
            ? t('nominations.withdrawnReason')
            : t('nominations.notNamedReason')
      }
      description={returned ? n.returnReason : n.decisionReason}
    />
  );
}
