import { Descriptions, Flex, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../../components/StatusTag';
import type { Milestone } from '../../../../lib/api/types';
import type { MilestoneChange, PlanComparison, TextPart } from '../diff/planDiff';
import { MilestoneStatusTag } from '../../../../components/MilestoneStatusTag';

// Inserted text green and underlined, removed text red and struck through: not by colour alone.
const ADDED: CSSProperties = {
  background: '#d9f7be',
  color: '#135200',
  textDecoration: 'underline',
};
const REMOVED: CSSProperties = {
  background: '#ffccc7',
  color: '#a8071a',
  textDecoration: 'line-through',
};

/** A text with its inserted and removed runs marked (`ins`/`del`, announced by screen readers too). */
export function TextDiff({ parts }: { parts: TextPart[] }) {
  const { t } = useTranslation();
  return (
    <div
      className="plan-diff"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.8 }}
    >
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index} style={ADDED} title={t('nominations.plan.diff.added')}>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={index} style={REMOVED} title={t('nominations.plan.diff.removed')}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}

function MilestoneLine({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  return (
    <Flex wrap gap={8} align="center">
      <strong>{milestone.dueOn}</strong>
      <MilestoneStatusTag status={milestone.status} />
      <span>{milestone.deliverable}</span>
      {milestone.completionNote && (
        <span>{t('nominations.plan.completionNoteValue', { note: milestone.completionNote })}</span>
      )}
      {milestone.evidence.length > 0 && (
        <span>{t('nominations.plan.evidenceList', { codes: milestone.evidence.join('、') })}</span>
      )}
    </Flex>
  );
}

function MilestoneChangeItem({ change }: { change: MilestoneChange }) {
  const { t } = useTranslation();
  const tag =
    change.kind === 'added' ? (
      <StatusTag tone="positive">{t('nominations.plan.diff.milestoneAdded')}</StatusTag>
    ) : change.kind === 'removed' ? (
      <StatusTag tone="negative">{t('nominations.plan.diff.milestoneRemoved')}</StatusTag>
    ) : change.kind === 'changed' ? (
      <StatusTag tone="warning">{t('nominations.plan.diff.milestoneChanged')}</StatusTag>
    ) : null;
  return (
    <li style={{ marginBottom: 8 }}>
      <Flex wrap gap={8} align="start">
        {tag}
        <div style={{ flex: 1, minWidth: 0 }}>
          {change.kind === 'removed' && change.before && (
            <del style={REMOVED}>
              <MilestoneLine milestone={change.before} />
            </del>
          )}
          {change.kind === 'added' && change.after && (
            <ins style={ADDED}>
              <MilestoneLine milestone={change.after} />
            </ins>
          )}
          {change.kind === 'changed' && change.before && change.after && (
            <>
              <del style={REMOVED}>
                <MilestoneLine milestone={change.before} />
              </del>
              <ins style={ADDED}>
                <MilestoneLine milestone={change.after} />
              </ins>
            </>
          )}
          {change.kind === 'same' && change.after && <MilestoneLine milestone={change.after} />}
        </div>
      </Flex>
    </li>
  );
}

/** The changes between the last reviewed revision and the one under review. */
export function PlanDiffView({
  comparison,
  from,
  to,
}: {
  comparison: PlanComparison;
  from: number;
  to: number;
}) {
  const { t } = useTranslation();
  if (comparison.unchanged) return <p>{t('nominations.plan.diff.unchanged', { from, to })}</p>;
  const people = [
    comparison.responsiblePerson && {
      key: 'responsiblePerson',
      label: t('nominations.plan.responsiblePerson'),
      children: (
        <TextDiff
          parts={[
            { kind: 'removed', text: comparison.responsiblePerson.before },
            { kind: 'added', text: comparison.responsiblePerson.after },
          ]}
        />
      ),
    },
    comparison.contactPhone && {
      key: 'contactPhone',
      label: t('nominations.plan.contactPhone'),
      children: (
        <TextDiff
          parts={[
            { kind: 'removed', text: comparison.contactPhone.before },
            { kind: 'added', text: comparison.contactPhone.after },
          ]}
        />
      ),
    },
  ].filter((item) => !!item);
  return (
    <div aria-label={t('nominations.plan.diff.region', { from, to })} role="region">
      <p>{t('nominations.plan.diff.legend', { from, to })}</p>
      {people.length > 0 && <Descriptions bordered size="small" column={1} items={people} />}
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
        {t('nominations.plan.content')}
      </Typography.Title>
      <TextDiff parts={comparison.content} />
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
        {t('nominations.plan.milestones')}
      </Typography.Title>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {comparison.milestones.map((change, index) => (
          <MilestoneChangeItem key={index} change={change} />
        ))}
      </ul>
    </div>
  );
}
