import { RightOutlined } from '@ant-design/icons';
import { Flex, Spin, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryProblem } from '../../../components/ListPageParts';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { StatusTag } from '../../../components/StatusTag';
import { useNomination } from '../../../lib/nominations/getNomination';
import { useEvidenceOverview } from '../../../lib/evidence/evidenceOverview';
import type { EvidenceItem } from '../api/types';
import { CompletenessPanel } from './CompletenessPanel';
import { EvidenceStateTag } from './EvidenceStateTag';
import { groupByCategory } from './indicatorGroups';
import { evidencePath, nominationCrumbs } from './paths';
import { SubmitAllButton } from './SubmitAllButton';

/** `/nominations/:id/evidence`: every indicator's evidence of one nomination, by category. */
export function EvidenceWorkspacePage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('evidence.notFound')} />;
  return <EvidenceWorkspace nominationId={id} />;
}

function EvidenceWorkspace({ nominationId }: { nominationId: number }) {
  const { t, i18n } = useTranslation();
  const nomination = useNomination(nominationId);
  const overview = useEvidenceOverview(nominationId);

  if (!nomination.isSuccess) {
    return (
      <RecordLoadState
        query={nomination}
        notFoundTitle={t('evidence.notFound')}
        errorTitle={t('evidence.title')}
      />
    );
  }
  const n = nomination.data.value;
  const english = i18n.language === 'en';
  const groups = overview.data ? groupByCategory(overview.data.items) : [];

  return (
    <>
      <PageHeader
        title={t('evidence.workspaceTitle', { township: n.townshipName })}
        crumbs={nominationCrumbs(t, n)}
        extra={
          overview.data && (
            <SubmitAllButton nominationId={nominationId} items={overview.data.items} />
          )
        }
      />
      <QueryProblem query={overview} />
      {overview.isPending && <Spin description={t('common.loading')} />}
      {overview.data && (
        <Flex vertical gap="large">
          <CompletenessPanel
            completeness={overview.data.completeness}
            linkTo={(code) => evidencePath(nominationId, code)}
          />
          {groups.map((group) => (
            <IndicatorGroupSection
              key={group.categoryCode}
              title={english && group.titleEn ? group.titleEn : group.titleZh}
              items={group.items}
              nominationId={nominationId}
            />
          ))}
        </Flex>
      )}
    </>
  );
}

function IndicatorGroupSection({
  title,
  items,
  nominationId,
}: {
  title: string;
  items: EvidenceItem[];
  nominationId: number;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 17, marginBottom: 8 }}>
        {title}
      </Typography.Title>
      <ul className="evidence-indicators">
        {items.map((item) => (
          <li key={item.indicatorCode}>
            <IndicatorRow item={item} nominationId={nominationId} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One indicator as a whole-row link (a large touch target) with its state chips. */
function IndicatorRow({ item, nominationId }: { item: EvidenceItem; nominationId: number }) {
  const { t } = useTranslation();
  const missed = item.metrics.some((m) => m.meetsThreshold === false);
  return (
    <Link to={evidencePath(nominationId, item.indicatorCode)} className="evidence-indicator-link">
      <span className="evidence-indicator-code">{item.indicatorCode}</span>
      <span className="evidence-indicator-main">
        <span className="evidence-indicator-title">{item.title}</span>
        <span className="evidence-indicator-tags">
          <EvidenceStateTag state={item.state} revision={item.revision} />
          {missed && <StatusTag tone="negative">{t('evidence.metric.notMet')}</StatusTag>}
          {item.state === 'RETURNED' && item.returnReason && (
            <span className="evidence-indicator-reason">
              {t('evidence.returnedBecause', { reason: item.returnReason })}
            </span>
          )}
        </span>
      </span>
      <RightOutlined aria-hidden className="evidence-indicator-chevron" />
    </Link>
  );
}
