import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Modal,
  Typography,
  type DescriptionsProps,
} from 'antd';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatShanghai } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useVerdict } from '../../../lib/verdicts/getVerdict';
import { useConfirmVerdict, useCorrectVerdict } from '../api/verdict';
import type { NominationVerdict, VerdictProposal, VerdictRevision } from '../api/types';
import { judgePath } from './paths';
import { reasonText } from './reasonText';
import { OutcomeTag, ProposalTag, VerdictTag } from './tags';
import { ROUND_PARAM } from './useRoundParam';
import { VerdictForm, type VerdictSubmission } from './VerdictForm';

type DescriptionsItem = NonNullable<DescriptionsProps['items']>[number];

/** `/assessment/:id/verdict`: the proposal and its reasons, the decision, and its history. */
export function VerdictPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('assessment.notFound')} />;
  return <Verdict key={id} nominationId={id} />;
}

function Verdict({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const verdict = useVerdict(nominationId);
  const confirm = useConfirmVerdict();
  if (!verdict.isSuccess) {
    return (
      <RecordLoadState
        query={verdict}
        notFoundTitle={t('assessment.notFound')}
        errorTitle={t('assessment.verdict.crumb')}
      />
    );
  }
  const { value: v, etag = '"0"' } = verdict.data;
  const reload = () => void verdict.refetch();
  const current = v.verdict ?? null;
  const decidable = v.allowedActions.includes('CONFIRM') || v.allowedActions.includes('CHANGE');

  const save = async (values: VerdictSubmission) => {
    await confirm.mutateAsync({
      nominationId,
      input: {
        decision: values.decision,
        justification: values.justification,
        documentNumber: values.documentNumber,
        documentDate: values.documentDate,
      },
      etag: current ? etag : undefined,
    });
    void message.success(t('assessment.verdict.confirmed', { township: v.townshipName }));
  };

  return (
    <>
      <PageHeader
        title={t('assessment.verdict.title', { township: v.townshipName })}
        crumbs={[
          { label: t('assessment.title'), to: `/assessment?${ROUND_PARAM}=${String(v.roundId)}` },
          { label: v.townshipName, to: judgePath(nominationId) },
          { label: t('assessment.verdict.crumb') },
        ]}
        extra={
          v.allowedActions.includes('CORRECT') ? (
            <CorrectionButton verdict={v} etag={etag} onReload={reload} />
          ) : undefined
        }
      />
      <Flex vertical gap="large">
        {v.proposal && <ProposalCard proposal={v.proposal} />}
        <CurrentVerdict revision={current} />
        {decidable && (
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>
                {t(current ? 'assessment.verdict.change' : 'assessment.verdict.decisionTitle')}
              </Typography.Title>
            }
          >
            <VerdictForm
              key={etag}
              name="verdict"
              proposed={v.proposal?.decision ?? null}
              initial={current ?? undefined}
              submitLabel={t('assessment.verdict.confirm')}
              saving={confirm.isPending}
              onSave={save}
              onReload={reload}
            />
          </Card>
        )}
        {current?.status === 'PUBLISHED' && (
          <Alert type="info" showIcon title={t('assessment.verdict.published')} />
        )}
        <History revisions={v.revisions} />
      </Flex>
    </>
  );
}

function ProposalCard({ proposal }: { proposal: VerdictProposal }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="assessment-panel">
      <Flex gap="small" align="center" wrap>
        <Typography.Title level={2} id={headingId} style={{ fontSize: 17, margin: 0 }}>
          {t('assessment.verdict.proposalTitle')}
        </Typography.Title>
        <ProposalTag decision={proposal.decision} />
        {!proposal.complete && (
          <Typography.Text type="secondary">{t('assessment.verdict.incomplete')}</Typography.Text>
        )}
      </Flex>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
        {t('assessment.verdict.reasons')}
      </Typography.Title>
      {proposal.reasons.length === 0 ? (
        <p>{t('assessment.verdict.noReasons')}</p>
      ) : (
        <ul className="assessment-reasons">
          {proposal.reasons.map((r) => (
            <li key={r.indicatorCode}>
              <Flex gap="small" align="center" wrap>
                <OutcomeTag outcome={r.outcome} />
                <span>
                  {t('assessment.verdict.reasonLine', {
                    code: r.indicatorCode,
                    title: r.title,
                    reason: reasonText(t, english, r),
                  })}
                </span>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function revisionItems(r: VerdictRevision, t: TFunction): DescriptionsItem[] {
  const items: DescriptionsItem[] = [
    {
      key: 'decision',
      label: t('assessment.verdict.decisionLabel'),
      children: <VerdictTag revision={r} />,
    },
  ];
  if (r.overridden && r.justification) {
    items.push({
      key: 'justification',
      label: t('assessment.verdict.overriddenBecause'),
      children: <>{r.justification}</>,
    });
  }
  if (r.correctionReason) {
    items.push({
      key: 'correction',
      label: t('assessment.verdict.correctionReason'),
      children: <>{r.correctionReason}</>,
    });
  }
  if (r.documentNumber) {
    items.push({
      key: 'document',
      label: t('assessment.verdict.namingDocument'),
      children: <>{`${r.documentNumber}${r.documentDate ? ` · ${r.documentDate}` : ''}`}</>,
    });
  }
  items.push({
    key: 'confirmed',
    label: t('assessment.verdict.confirmedLabel'),
    children: (
      <>{t('assessment.verdict.byAt', { at: formatShanghai(r.confirmedAt), by: r.confirmedBy })}</>
    ),
  });
  if (r.publishedAt) {
    items.push({
      key: 'published',
      label: t('assessment.verdict.publishedLabel'),
      children: (
        <>
          {t('assessment.verdict.byAt', {
            at: formatShanghai(r.publishedAt),
            by: r.publishedBy ?? '',
          })}
        </>
      ),
    });
  }
  return items;
}

function CurrentVerdict({ revision }: { revision: VerdictRevision | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 17 }}>
        {t('assessment.verdict.current')}
      </Typography.Title>
      {revision ? (
        <Descriptions bordered size="small" column={1} items={revisionItems(revision, t)} />
      ) : (
        <p>{t('assessment.verdict.none')}</p>
      )}
    </section>
  );
}

/** Every revision visible to the caller, newest first: confirmations, publication, corrections. */
function History({ revisions }: { revisions: VerdictRevision[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 17 }}>
        {t('assessment.verdict.history')}
      </Typography.Title>
      {revisions.length === 0 ? (
        <p>{t('assessment.verdict.noHistory')}</p>
      ) : (
        <ol className="assessment-history">
          {revisions.map((r) => (
            <li key={r.revision}>
              <Descriptions
                size="small"
                column={1}
                title={t('assessment.verdict.revisionN', { revision: r.revision })}
                items={revisionItems(r, t)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CorrectionButton({
  verdict,
  etag,
  onReload,
}: {
  verdict: NominationVerdict;
  etag: string;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const correct = useCorrectVerdict();
  const current = verdict.verdict;

  const save = async (values: VerdictSubmission) => {
    const changed = await correct.mutateAsync({
      nominationId: verdict.nominationId,
      etag,
      input: {
        decision: values.decision,
        reason: values.reason ?? '',
        documentNumber: values.documentNumber ?? '',
        documentDate: values.documentDate ?? '',
      },
    });
    setOpen(false);
    void message.success(
      t('assessment.verdict.corrected', { revision: changed.value.verdict?.revision ?? 0 }),
    );
  };

  return (
    <>
      <Button
        size="large"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('assessment.verdict.correct')}
      </Button>
      <Modal
        open={open}
        title={t('assessment.verdict.correctionTitle')}
        footer={null}
        onCancel={() => {
          setOpen(false);
        }}
        mask={{ closable: false }}
        destroyOnHidden
      >
        <VerdictForm
          name="verdict-correction"
          proposed={null}
          correction
          initial={current ? { decision: current.decision } : undefined}
          submitLabel={t('assessment.verdict.correct')}
          saving={correct.isPending}
          onSave={save}
          onReload={() => {
            setOpen(false);
            onReload();
          }}
        />
      </Modal>
    </>
  );
}
