import { App, Col, Flex, Row, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatShanghai } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { parseId } from '../../../components/parseId';
import { RecordLoadState, RecordNotFound } from '../../../components/RecordLoadState';
import { useIdempotencyKey } from '../../../components/useIdempotencyKey';
import { todayInShanghai } from '../../../lib/programme/today';
import { useAssessment } from '../api/getAssessment';
import { useRecentRounds } from '../../../lib/rounds/recentRounds';
import { useRecordJudgement } from '../api/recordJudgement';
import {
  BONUS_OUTCOMES,
  STANDARD_OUTCOMES,
  type Assessment,
  type AssessmentIndicator,
  type JudgementInput,
} from '../api/types';
import { AcceptedEvidence } from './AcceptedEvidence';
import { JudgementForm } from './JudgementForm';
import { judgePath, verdictPath } from './paths';
import { checkText } from './reasonText';
import { CheckTag, OutcomeTag } from './tags';
import { ROUND_PARAM } from './useRoundParam';

const CODE = /^[A-Za-z0-9]{1,8}$/;

/** `/assessment/:id`: one nomination's indicators, each with its evidence beside the judgement. */
export function JudgementPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  if (id === undefined) return <RecordNotFound title={t('assessment.notFound')} />;
  return <Judgements key={id} nominationId={id} />;
}

function Judgements({ nominationId }: { nominationId: number }) {
  const { t } = useTranslation();
  const assessment = useAssessment(nominationId);
  const [params] = useSearchParams();
  if (!assessment.isSuccess) {
    return (
      <RecordLoadState
        query={assessment}
        notFoundTitle={t('assessment.notFound')}
        errorTitle={t('assessment.title')}
      />
    );
  }
  const a = assessment.data;
  const wanted = params.get('indicator');
  const current =
    a.indicators.find((i) => CODE.test(wanted ?? '') && i.indicatorCode === wanted) ??
    a.indicators[0];

  return (
    <>
      <PageHeader
        title={t('assessment.judge.title', { township: a.townshipName })}
        crumbs={[
          {
            label: t('assessment.title'),
            to: `/assessment?${ROUND_PARAM}=${String(a.roundId)}`,
          },
          { label: a.townshipName },
        ]}
        extra={<Link to={verdictPath(nominationId)}>{t('assessment.judge.toVerdict')}</Link>}
      >
        <Typography.Paragraph type="secondary">
          {a.districtName} · {t('assessment.judge.opinionsNeeded', { count: a.requiredOpinions })}
        </Typography.Paragraph>
      </PageHeader>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={7} xl={6}>
          <IndicatorNav assessment={a} current={current?.indicatorCode} />
        </Col>
        <Col xs={24} lg={17} xl={18}>
          {current && (
            <IndicatorJudgement
              key={current.indicatorCode}
              assessment={a}
              indicator={current}
              onReload={() => void assessment.refetch()}
            />
          )}
        </Col>
      </Row>
    </>
  );
}

/** The indicators as links (standard first, then bonus items), each with its check and outcome. */
function IndicatorNav({ assessment, current }: { assessment: Assessment; current?: string }) {
  const { t } = useTranslation();
  const groups = [
    {
      key: 'standard',
      label: t('assessment.judge.standardIndicators'),
      items: assessment.indicators.filter((i) => i.kind !== 'BONUS'),
    },
    {
      key: 'bonus',
      label: t('assessment.judge.bonusItems'),
      items: assessment.indicators.filter((i) => i.kind === 'BONUS'),
    },
  ].filter((g) => g.items.length > 0);
  return (
    <nav aria-label={t('assessment.judge.indicators')}>
      {groups.map((g) => (
        <div key={g.key}>
          <Typography.Title level={2} style={{ fontSize: 15 }}>
            {g.label}
          </Typography.Title>
          <ul className="assessment-indicators">
            {g.items.map((i) => (
              <li key={i.indicatorCode}>
                <Link
                  to={judgePath(assessment.nominationId, i.indicatorCode)}
                  replace
                  className="assessment-indicator-link"
                  aria-current={i.indicatorCode === current ? 'page' : undefined}
                >
                  <span className="assessment-indicator-code">{i.indicatorCode}</span>
                  <span className="assessment-indicator-main">
                    <span>{i.title}</span>
                    <span className="assessment-indicator-tags">
                      <OutcomeTag outcome={i.agreedOutcome} />
                      {i.check !== 'NOT_APPLICABLE' && <CheckTag check={i.check} />}
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

function IndicatorJudgement({
  assessment,
  indicator,
  onReload,
}: {
  assessment: Assessment;
  indicator: AssessmentIndicator;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const headingId = useId();
  const record = useRecordJudgement();
  const idempotency = useIdempotencyKey();
  const rounds = useRecentRounds();
  const round = rounds.data?.find((r) => r.id === assessment.roundId);
  const assessmentEnds = round?.phases.find((p) => p.code === 'ASSESSMENT')?.endsAt;
  const lastSupplementDay = assessmentEnds ? todayInShanghai(new Date(assessmentEnds)) : undefined;
  const bonus = indicator.kind === 'BONUS';
  const commendation = indicator.bonus?.entries.find((e) => e.type === 'COMMENDATION');
  const name = `${indicator.indicatorCode} ${indicator.title}`;
  const index = assessment.indicators.indexOf(indicator);
  const prev = assessment.indicators[index - 1];
  const next = assessment.indicators[index + 1];

  const save = async (input: JudgementInput) => {
    await record.mutateAsync({
      nominationId: assessment.nominationId,
      indicatorCode: indicator.indicatorCode,
      input,
      idempotencyKey: idempotency.key(),
    });
    idempotency.renew();
    void message.success(t('assessment.judge.saved', { name }));
  };

  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {name}
      </Typography.Title>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <section aria-label={t('assessment.judge.evidence')} className="assessment-panel">
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t('assessment.judge.evidence')}
            </Typography.Title>
            <AcceptedEvidence indicator={indicator} />
          </section>
        </Col>
        <Col xs={24} xl={12}>
          <section aria-label={t('assessment.judge.formTitle')} className="assessment-panel">
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t(bonus ? 'assessment.judge.bonusFormTitle' : 'assessment.judge.formTitle')}
            </Typography.Title>
            {indicator.supplementUntil && (
              <p>{t('assessment.judge.outForSupplement', { date: indicator.supplementUntil })}</p>
            )}
            {assessment.canJudge ? (
              <JudgementForm
                name={`judgement-${indicator.indicatorCode}`}
                outcomes={bonus ? BONUS_OUTCOMES : STANDARD_OUTCOMES}
                suggested={indicator.suggestedOutcome}
                prefilledComment={checkText(t, i18n.language === 'en', indicator)}
                initial={indicator.myJudgement}
                document={
                  bonus
                    ? {
                        required: commendation !== undefined,
                        initial: commendation?.documentNumber ?? undefined,
                      }
                    : undefined
                }
                lastSupplementDay={lastSupplementDay}
                saving={record.isPending}
                onSave={save}
                onReload={onReload}
              />
            ) : (
              <p>{t('assessment.judge.readOnly')}</p>
            )}
            <Opinions indicator={indicator} />
          </section>
        </Col>
      </Row>
      <Flex justify="space-between" wrap gap="small" style={{ marginTop: 16 }}>
        {prev ? (
          <Link to={judgePath(assessment.nominationId, prev.indicatorCode)} replace>
            {t('assessment.judge.prev', { name: `${prev.indicatorCode} ${prev.title}` })}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={judgePath(assessment.nominationId, next.indicatorCode)} replace>
            {t('assessment.judge.next', { name: `${next.indicatorCode} ${next.title}` })}
          </Link>
        )}
      </Flex>
    </section>
  );
}

/** Every assessor's latest judgement of the indicator. */
function Opinions({ indicator }: { indicator: AssessmentIndicator }) {
  const { t } = useTranslation();
  if (indicator.judgements.length === 0) return null;
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={4} style={{ fontSize: 15 }}>
        {t('assessment.judge.opinions')}
      </Typography.Title>
      <ul className="assessment-opinions">
        {indicator.judgements.map((j) => (
          <li key={j.id}>
            <Flex gap="small" align="center" wrap>
              <OutcomeTag outcome={j.outcome} />
              <span>
                {t('assessment.judge.judgedBy', {
                  at: formatShanghai(j.judgedAt),
                  by: j.assessorName ?? j.assessor,
                })}
              </span>
            </Flex>
            {j.comment && <div>{j.comment}</div>}
            {j.justification && (
              <div>{t('assessment.judge.justifiedBy', { text: j.justification })}</div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
