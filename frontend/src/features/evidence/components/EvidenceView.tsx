import { Descriptions, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '../../../components/MarkdownView';
import type { BonusEntry, EvidenceRevision } from '../api/types';
import { BONUS_FIELDS, isWebLink } from './bonusFields';
import { ThresholdCheck } from './ThresholdCheck';
import { thresholdText } from '../../../lib/programme/metricCheck';

/** What a revision holds: the content both an item and a saved revision have. */
export type EvidenceContent = Pick<
  EvidenceRevision,
  'selfAssessment' | 'statement' | 'narrative' | 'metrics' | 'bonus'
>;

/** The evidence as saved, read-only: for reviewers, and for the township once it is under review. */
export function EvidenceView({ content }: { content: EvidenceContent }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (
    <div className="evidence-view">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'selfAssessment',
            label: t('evidence.selfAssessment.label'),
            children: content.selfAssessment
              ? t(`evidence.selfAssessment.${content.selfAssessment}`)
              : t('evidence.notGiven'),
          },
          {
            key: 'statement',
            label: t('evidence.statement'),
            children: content.statement?.trim() ? content.statement : t('evidence.notGiven'),
          },
          ...content.metrics.map((m) => ({
            key: `metric-${String(m.metricId)}`,
            label: english ? m.nameEn : m.name,
            children: (
              <>
                <div>
                  {m.value === null || m.value === undefined
                    ? t('evidence.metric.noValue')
                    : `${String(m.value)} ${m.unit}`}
                  {' · '}
                  {t('evidence.metric.threshold', { threshold: thresholdText(m) })}
                </div>
                <ThresholdCheck metric={m} value={m.value ?? null} />
              </>
            ),
          })),
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('evidence.narrative')}
      </Typography.Title>
      {content.narrative?.trim() ? (
        <MarkdownView source={content.narrative} startLevel={4} />
      ) : (
        <p>{t('evidence.notGiven')}</p>
      )}
      {content.bonus && (
        <>
          <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
            {t('evidence.bonus.title')}
          </Typography.Title>
          {content.bonus.entries.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evidence.bonus.none')} />
          ) : (
            content.bonus.entries.map((entry, i) => (
              <BonusEntryView key={i} entry={entry} n={i + 1} />
            ))
          )}
        </>
      )}
    </div>
  );
}

function BonusEntryView({ entry, n }: { entry: BonusEntry; n: number }) {
  const { t } = useTranslation();
  const shown = BONUS_FIELDS[entry.type].filter((spec) => entry[spec.name]);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      style={{ marginBottom: 12 }}
      title={`${t('evidence.bonus.entryN', { n })} · ${t(`evidence.bonus.types.${entry.type}`)}`}
      items={shown.map((spec) => {
        const value = entry[spec.name] ?? '';
        return {
          key: spec.name,
          label: t(`evidence.bonus.fields.${spec.name}`),
          children:
            spec.name === 'level' && (value === 'PROVINCIAL' || value === 'NATIONAL') ? (
              t(`evidence.bonus.levels.${value}`)
            ) : spec.name === 'link' && isWebLink(value) ? (
              <a href={value} target="_blank" rel="noopener noreferrer nofollow">
                {value}
              </a>
            ) : (
              value
            ),
        };
      })}
    />
  );
}
