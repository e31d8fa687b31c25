import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatShanghai } from '../../../../components/format';
import { PageHeader } from '../../../../components/PageHeader';
import { parseId } from '../../../../components/parseId';
import { ProblemAlert } from '../../../../components/ProblemAlert';
import { RecordLoadState, RecordNotFound } from '../../../../components/RecordLoadState';
import type { Nomination, Plan } from '../../../../lib/api/types';
import { useNomination } from '../../../../lib/nominations/getNomination';
import { NominationSummary } from '../../components/NominationSummary';
import { ROUND_PARAM } from '../../components/useSelectedRound';
import { usePlan } from '../../../../lib/plans/getPlan';
import { usePlanRevision } from '../../plan/api/getPlanRevision';
import { PlanView } from '../../plan/components/PlanView';
import { useEvidenceOverview } from '../../../../lib/evidence/evidenceOverview';
import { useVerdict } from '../../../../lib/verdicts/getVerdict';
import { publishedVerdict } from '../../../../lib/verdicts/publishedVerdict';
import type { EvidenceItem, EvidenceMetric } from '../api/types';
import './dossier.css';

/**
 * A township's dossier (培育档案) for filing on paper: who was nominated into which round, the
 * approved cultivation plan, the evidence per indicator and the published verdict, one section
 * a page when printed. Composed from the nomination, plan, evidence and verdict reads.
 */
export function NominationDossierPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('nominations.notFound')} />;
  return <Dossier id={id} />;
}

function Dossier({ id }: { id: number }) {
  const { t } = useTranslation();
  const nomination = useNomination(id);
  if (!nomination.isSuccess) {
    return (
      <RecordLoadState
        query={nomination}
        notFoundTitle={t('nominations.notFound')}
        errorTitle={t('nominations.dossier.heading')}
      />
    );
  }
  const n = nomination.data.value;
  return (
    <article className="dossier">
      <PageHeader
        title={t('nominations.dossier.title', { township: n.townshipName })}
        crumbs={[
          { label: t('nav.nominations'), to: `/nominations?${ROUND_PARAM}=${n.roundId}` },
          { label: n.townshipName, to: `/nominations/${String(n.id)}` },
          { label: t('nominations.dossier.heading') },
        ]}
        extra={
          <Button
            type="primary"
            icon={<PrinterOutlined aria-hidden />}
            onClick={() => {
              window.print();
            }}
          >
            {t('nominations.dossier.print')}
          </Button>
        }
      >
        <p className="dossier-issuer">
          {t('nominations.dossier.issuer', { bureau: t('app.bureau') })}
        </p>
      </PageHeader>
      <DossierSection title={t('nominations.dossier.basics')}>
        <NominationSummary nomination={n} />
      </DossierSection>
      <DossierSection title={t('nominations.dossier.plan')}>
        <ApprovedPlan nomination={n} />
      </DossierSection>
      <DossierSection title={t('nominations.dossier.evidence')}>
        <EvidenceSummary nominationId={n.id} />
      </DossierSection>
      <DossierSection title={t('nominations.dossier.verdict')}>
        <Verdict nominationId={n.id} />
      </DossierSection>
    </article>
  );
}

function DossierSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="dossier-section" aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} className="dossier-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** What a section shows while its read is on the way or failed. */
function Pending({
  query,
}: {
  query: { isPending: boolean; error: unknown; refetch: () => Promise<unknown> };
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Spin description={t('common.loading')} />;
  return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
}

/** The approved revision of the plan: the current one, or the one a pending change replaces. */
function ApprovedPlan({ nomination }: { nomination: Nomination }) {
  const plan = usePlan(nomination.id);
  const approved = plan.data?.value.approvedRevision ?? undefined;
  const current = plan.data?.value;
  const older = usePlanRevision(
    nomination.id,
    approved !== undefined && current && approved !== current.revision ? approved : undefined,
  );
  if (!plan.isSuccess) return <Pending query={plan} />;
  const value = plan.data.value;
  if (value.approvedRevision == null) return <NoApprovedPlan />;
  if (value.approvedRevision === value.revision) return <PlanOfRevision plan={value} />;
  if (!older.isSuccess) return <Pending query={older} />;
  return <PlanOfRevision plan={older.data} />;
}

function NoApprovedPlan() {
  const { t } = useTranslation();
  return <p>{t('nominations.dossier.noApprovedPlan')}</p>;
}

function PlanOfRevision({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="dossier-note">
        {t('nominations.dossier.approvedRevision', { revision: plan.revision })}
      </p>
      <PlanView plan={plan} />
    </>
  );
}

/** Each indicator's state, self-assessment, metric values and attachment names, in framework order. */
function EvidenceSummary({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const evidence = useEvidenceOverview(nominationId);
  if (!evidence.isSuccess) return <Pending query={evidence} />;
  const { completeness, items } = evidence.data;
  const standard = items.filter((i) => i.kind === 'STANDARD');
  const bonus = items.filter((i) => i.kind === 'BONUS');
  return (
    <>
      <p>
        {t('nominations.dossier.completeness', {
          total: completeness.standardTotal,
          submitted: completeness.submitted,
          accepted: completeness.accepted,
        })}
      </p>
      <EvidenceTable caption={t('nominations.dossier.standardIndicators')} items={standard} />
      {bonus.length > 0 && (
        <EvidenceTable caption={t('nominations.dossier.bonusItems')} items={bonus} />
      )}
    </>
  );
}

function EvidenceTable({ caption, items }: { caption: string; items: EvidenceItem[] }) {
  const { t } = useTranslation();
  return (
    <table className="dossier-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('nominations.dossier.indicator')}</th>
          <th scope="col">{t('nominations.dossier.state')}</th>
          <th scope="col">{t('nominations.dossier.selfAssessment')}</th>
          <th scope="col">{t('nominations.dossier.metrics')}</th>
          <th scope="col">{t('nominations.dossier.attachments')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.indicatorCode}>
            <th scope="row">
              {item.indicatorCode}. {item.title}
              <div className="dossier-category">{item.categoryTitle}</div>
            </th>
            <td>
              {item.state === 'DRAFT' && item.revision === 0
                ? t('evidence.notStarted')
                : t(`evidence.state.${item.state}`)}
            </td>
            <td>
              {item.selfAssessment
                ? t(`evidence.selfAssessment.${item.selfAssessment}`)
                : t('nominations.dossier.none')}
            </td>
            <td>
              <MetricValues metrics={item.metrics} />
              {item.bonus && item.bonus.entries.length > 0 && (
                <p className="dossier-cell-line">
                  {t('nominations.dossier.bonusEntries', { count: item.bonus.entries.length })}
                </p>
              )}
            </td>
            <td>
              {item.attachments.length === 0 ? (
                t('nominations.dossier.none')
              ) : (
                <ul className="dossier-list">
                  {item.attachments.map((a) => (
                    <li key={a.id}>{a.fileName}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MetricValues({ metrics }: { metrics: EvidenceMetric[] }) {
  const { t } = useTranslation();
  if (metrics.length === 0) return <>{t('nominations.dossier.none')}</>;
  return (
    <ul className="dossier-list">
      {metrics.map((m) => (
        <li key={m.metricId}>
          {t('nominations.dossier.metricValue', {
            name: m.name,
            value:
              m.value == null ? t('nominations.dossier.notGiven') : `${String(m.value)}${m.unit}`,
            threshold: `${m.comparator} ${String(m.threshold)}${m.unit}`,
          })}
          {m.meetsThreshold != null &&
            ` · ${m.meetsThreshold ? t('nominations.dossier.meets') : t('nominations.dossier.misses')}`}
        </li>
      ))}
    </ul>
  );
}

/** The published verdict, or a note that there is none yet. */
function Verdict({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const verdict = useVerdict(nominationId);
  if (!verdict.isSuccess) return <Pending query={verdict} />;
  const published = publishedVerdict(verdict.data.value);
  if (!published) return <p>{t('nominations.dossier.noVerdict')}</p>;
  const rows: [string, string][] = [
    [t('nominations.dossier.decision'), t(`assessment.decision.${published.decision}`)],
    ...(published.documentNumber
      ? [[t('nominations.dossier.documentNumber'), published.documentNumber] as [string, string]]
      : []),
    ...(published.documentDate
      ? [[t('nominations.dossier.documentDate'), published.documentDate] as [string, string]]
      : []),
    ...(published.publishedAt
      ? [
          [t('nominations.dossier.publishedAt'), formatShanghai(published.publishedAt)] as [
            string,
            string,
          ],
        ]
      : []),
    ...(published.correctionReason
      ? [
          [t('nominations.dossier.correctionReason'), published.correctionReason] as [
            string,
            string,
          ],
        ]
      : []),
  ];
  return (
    <>
      {verdict.data.value.revisions.some((r) => r.status === 'SUPERSEDED') && (
        <Alert
          type="info"
          showIcon
          title={t('nominations.dossier.corrected')}
          style={{ marginBottom: 12 }}
        />
      )}
      <dl className="dossier-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
