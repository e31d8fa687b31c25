import { Flex, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EvidenceCompleteness } from '../api/types';
import { completenessSegments, type SegmentKey } from './completeness';

const COLOURS: Record<SegmentKey, string> = {
  accepted: '#237804',
  districtApproved: '#d46b08',
  submitted: '#0958d9',
  notSubmitted: '#f0f0f0',
};

interface CompletenessPanelProps {
  completeness: EvidenceCompleteness;
  /** Where an indicator's evidence is, for the links of the missing ones. */
  linkTo: (indicatorCode: string) => string;
}

/**
 * How far the standard indicators' evidence has come: one stacked bar (named for screen readers by
 * the same figures), the figures, and the indicators still without submitted evidence.
 */
export function CompletenessPanel({ completeness, linkTo }: CompletenessPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const segments = completenessSegments(completeness);
  const total = completeness.standardTotal;
  const summary = segments
    .map((s) => t(`evidence.completeness.${s.key}`, { count: s.count }))
    .join('，');

  return (
    <section aria-labelledby={headingId} className="evidence-completeness">
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {t('evidence.completeness.title')}
      </Typography.Title>
      <div
        role="img"
        aria-label={t('evidence.completeness.barLabel', { total, summary })}
        style={{
          display: 'flex',
          height: 14,
          borderRadius: 7,
          overflow: 'hidden',
          background: COLOURS.notSubmitted,
          border: '1px solid #d9d9d9',
        }}
      >
        {segments
          .filter((s) => s.count > 0 && s.key !== 'notSubmitted')
          .map((s) => (
            <div
              key={s.key}
              style={{
                width: `${String((s.count / Math.max(total, 1)) * 100)}%`,
                background: COLOURS[s.key],
              }}
            />
          ))}
      </div>
      <Flex
        wrap
        component="ul"
        gap="small"
        style={{ listStyle: 'none', padding: 0, margin: '8px 0' }}
      >
        {segments.map((s) => (
          <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 12,
                height: 12,
                borderRadius: 2,
                background: COLOURS[s.key],
                border: '1px solid #bfbfbf',
              }}
            />
            {t(`evidence.completeness.${s.key}`, { count: s.count })}
          </li>
        ))}
      </Flex>
      <p style={{ margin: '0 0 4px' }}>
        {t('evidence.completeness.savedReturned', {
          saved: completeness.saved,
          returned: completeness.returned,
        })}
      </p>
      {completeness.missing.length > 0 ? (
        <p style={{ margin: 0 }}>
          {t('evidence.completeness.missingList')}{' '}
          {completeness.missing.map((code, i) => (
            <span key={code}>
              {i > 0 && '、'}
              <Link
                to={linkTo(code)}
                aria-label={t('evidence.indicatorN', { code })}
                className="evidence-inline-link"
              >
                {code}
              </Link>
            </span>
          ))}
        </p>
      ) : (
        <p style={{ margin: 0 }}>{t('evidence.completeness.noneMissing')}</p>
      )}
    </section>
  );
}
