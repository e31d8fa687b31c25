import { Alert, Collapse, Descriptions, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatShanghai } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useLeaveGuard } from '../../../components/useLeaveGuard';
import { useEvidence } from '../api/getEvidence';
import { useNomination } from '../../../lib/nominations/getNomination';
import { useRoundFramework } from '../api/getRoundFramework';
import type { EvidenceItem, Nomination } from '../api/types';
import { AttachmentsSection } from './AttachmentsSection';
import { EvidenceActionBar } from './EvidenceActionBar';
import { EvidenceEditor } from './EvidenceEditor';
import { EvidenceRevisions } from './EvidenceRevisions';
import { EvidenceStateTag } from './EvidenceStateTag';
import { EvidenceView } from './EvidenceView';
import { ProvedMilestones } from './ProvedMilestones';
import { indicatorOf } from './indicatorGroups';
import { evidencePath, nominationCrumbs } from './paths';

const CODE = /^[A-Za-z0-9]{1,8}$/;

/** `/nominations/:id/evidence/:indicatorCode`: one indicator's evidence, its files and history. */
export function EvidenceIndicatorPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = parseId(params.id);
  const code = params.indicatorCode;
  if (id === undefined || code === undefined || !CODE.test(code)) {
    return <RecordNotFound title={t('evidence.itemNotFound')} />;
  }
  return <EvidenceIndicator key={`${String(id)}-${code}`} nominationId={id} indicatorCode={code} />;
}

function EvidenceIndicator({
  nominationId,
  indicatorCode,
}: {
  nominationId: number;
  indicatorCode: string;
}) {
  const { t } = useTranslation();
  const nomination = useNomination(nominationId);
  const evidence = useEvidence(nominationId, indicatorCode);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty, {
    title: t('evidence.leave.title'),
    body: t('evidence.leave.body'),
    leave: t('evidence.leave.leave'),
    stay: t('evidence.leave.stay'),
  });

  if (!evidence.isSuccess) {
    return (
      <RecordLoadState
        query={evidence}
        notFoundTitle={t('evidence.itemNotFound')}
        errorTitle={t('evidence.title')}
      />
    );
  }
  const { value: item, etag = '"0"' } = evidence.data;
  const editable = item.allowedActions.includes('SAVE');
  const reload = () => void evidence.refetch();
  const n = nomination.data?.value;

  return (
    <>
      <PageHeader
        title={t('evidence.itemTitle', { code: item.indicatorCode, title: item.title })}
        crumbs={n ? nominationCrumbs(t, n, true) : undefined}
        extra={<EvidenceActionBar item={item} etag={etag} dirty={dirty} onReload={reload} />}
      />
      {nomination.isError && <ProblemAlert error={nomination.error} />}
      <Flex vertical gap="large">
        <ReturnedAlert item={item} />
        <ItemStatus item={item} />
        {n && <IndicatorCriteria nomination={n} item={item} />}
        {editable ? (
          <EvidenceEditor
            key={etag}
            item={item}
            etag={etag}
            onReload={reload}
            onDirtyChange={setDirty}
          />
        ) : item.revision === 0 ? (
          <p>{t('evidence.notWritten')}</p>
        ) : (
          <EvidenceView content={item} />
        )}
        <AttachmentsSection
          nominationId={nominationId}
          indicatorCode={indicatorCode}
          editable={editable}
        />
        <ProvedMilestones nominationId={nominationId} indicatorCode={indicatorCode} />
        {item.revision > 0 && (
          <EvidenceRevisions nominationId={nominationId} indicatorCode={indicatorCode} />
        )}
        <p>
          <Link to={evidencePath(nominationId)}>{t('evidence.backToWorkspace')}</Link>
        </p>
      </Flex>
    </>
  );
}

/** Why the item came back and from whom, where the township cannot miss it. */
function ReturnedAlert({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  if (item.state !== 'RETURNED') return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t(
        item.returnedBy === 'CITY' ? 'evidence.returnedByCity' : 'evidence.returnedByDistrict',
      )}
      description={
        <>
          <div className="evidence-return-reason">{item.returnReason}</div>
          {item.reviewedAt && (
            <div>
              {t('evidence.returnedAt', {
                at: formatShanghai(item.reviewedAt),
                by: item.reviewedBy ?? '',
              })}
            </div>
          )}
        </>
      }
    />
  );
}

function ItemStatus({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const rows = [
    {
      key: 'state',
      label: t('evidence.stateLabel'),
      children: <EvidenceStateTag state={item.state} revision={item.revision} />,
    },
    {
      key: 'revision',
      label: t('evidence.revisionLabel'),
      children:
        item.revision === 0
          ? t('evidence.neverSaved')
          : t('evidence.revisions.revisionN', { revision: item.revision }),
    },
  ];
  if (item.savedAt) {
    rows.push({
      key: 'saved',
      label: t('evidence.savedLabel'),
      children: `${formatShanghai(item.savedAt)} ${item.savedBy ?? ''}`,
    });
  }
  if (item.submittedAt) {
    rows.push({
      key: 'submitted',
      label: t('evidence.submittedLabel'),
      children: formatShanghai(item.submittedAt),
    });
  }
  if (item.reviewedAt) {
    rows.push({
      key: 'reviewed',
      label: t('evidence.reviewedLabel'),
      children: `${formatShanghai(item.reviewedAt)} ${item.reviewedBy ?? ''}`,
    });
  }
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={rows} />;
}

/** The indicator's criteria from the round's framework, folded away (long on a phone). */
function IndicatorCriteria({ nomination, item }: { nomination: Nomination; item: EvidenceItem }) {
  const { t, i18n } = useTranslation();
  const framework = useRoundFramework(nomination.roundId);
  const indicator = indicatorOf(framework.data, item.indicatorCode);
  if (framework.isPending) return <Spin size="small" description={t('common.loading')} />;
  if (!indicator) return null;
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'criteria',
          label: t('evidence.criteria'),
          children: (
            <>
              <p>{i18n.language === 'en' ? item.glossEn : indicator.textZh}</p>
              {indicator.criteria.length > 0 && (
                <ul>
                  {indicator.criteria.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
