import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import type { BonusEntry, EvidenceRevision } from '../api/types';
import { BONUS_FIELDS } from './bonusFields';
import { lineDiff } from './lineDiff';

interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

function bonusLines(t: TFunction, entries: readonly BonusEntry[]): string {
  return entries
    .map((entry, i) =>
      [
        `${t('evidence.bonus.entryN', { n: i + 1 })} · ${t(`evidence.bonus.types.${entry.type}`)}`,
        ...BONUS_FIELDS[entry.type]
          .filter((spec) => entry[spec.name])
          .map(
            (spec) =>
              `  ${t('common.labelled', { label: t(`evidence.bonus.fields.${spec.name}`), value: entry[spec.name] ?? '' })}`,
          ),
      ].join('\n'),
    )
    .join('\n');
}

/** The fields that differ between two revisions, as text (the narrative apart, line by line). */
export function changedFields(
  t: TFunction,
  before: EvidenceRevision,
  after: EvidenceRevision,
  english: boolean,
): FieldChange[] {
  const none = t('evidence.notGiven');
  const assessment = (r: EvidenceRevision) =>
    r.selfAssessment ? t(`evidence.selfAssessment.${r.selfAssessment}`) : none;
  const fields: FieldChange[] = [
    {
      key: 'selfAssessment',
      label: t('evidence.selfAssessment.label'),
      before: assessment(before),
      after: assessment(after),
    },
    {
      key: 'statement',
      label: t('evidence.statement'),
      before: before.statement ?? '',
      after: after.statement ?? '',
    },
  ];
  for (const metric of after.metrics) {
    const old = before.metrics.find((m) => m.metricId === metric.metricId);
    const show = (value: number | null | undefined) =>
      value === null || value === undefined ? none : `${String(value)} ${metric.unit}`;
    fields.push({
      key: `metric-${String(metric.metricId)}`,
      label: english ? metric.nameEn : metric.name,
      before: show(old?.value),
      after: show(metric.value),
    });
  }
  const files = (r: EvidenceRevision) =>
    r.attachments
      .map((a) => a.fileName)
      .sort()
      .join('\n');
  fields.push({
    key: 'attachments',
    label: t('evidence.attachments.title'),
    before: files(before) || none,
    after: files(after) || none,
  });
  if (before.bonus || after.bonus) {
    fields.push({
      key: 'bonus',
      label: t('evidence.bonus.title'),
      before: bonusLines(t, before.bonus?.entries ?? []),
      after: bonusLines(t, after.bonus?.entries ?? []),
    });
  }
  return fields.filter((f) => f.before !== f.after);
}

/** What changed from one revision to another: changed fields, then the narrative's lines. */
export function RevisionDiff({
  before,
  after,
}: {
  before: EvidenceRevision;
  after: EvidenceRevision;
}) {
  const { t, i18n } = useTranslation();
  const fields = changedFields(t, before, after, i18n.language === 'en');
  const narrative = lineDiff(before.narrative ?? '', after.narrative ?? '');
  const narrativeChanged = narrative.some((l) => l.kind !== 'same');

  if (fields.length === 0 && !narrativeChanged) {
    return <p>{t('evidence.revisions.noDifference')}</p>;
  }
  return (
    <div className="revision-diff">
      {fields.length > 0 && (
        <dl>
          {fields.map((f) => (
            <div key={f.key} className="revision-diff-field">
              <dt>{f.label}</dt>
              <dd>
                <del>
                  <VisuallyHidden>{t('evidence.revisions.before')}</VisuallyHidden>
                  {f.before || t('evidence.notGiven')}
                </del>
                <ins>
                  <VisuallyHidden>{t('evidence.revisions.after')}</VisuallyHidden>
                  {f.after || t('evidence.notGiven')}
                </ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {narrativeChanged && (
        <>
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('evidence.narrative')}
          </Typography.Title>
          <div className="revision-diff-lines">
            {narrative.map((line, i) =>
              line.kind === 'same' ? (
                <div key={i}>{line.text || ' '}</div>
              ) : line.kind === 'added' ? (
                <ins key={i}>
                  <VisuallyHidden>{t('evidence.revisions.addedLine')}</VisuallyHidden>
                  {line.text || ' '}
                </ins>
              ) : (
                <del key={i}>
                  <VisuallyHidden>{t('evidence.revisions.removedLine')}</VisuallyHidden>
                  {line.text || ' '}
                </del>
              ),
            )}
          </div>
        </>
      )}
    </div>
  );
}
