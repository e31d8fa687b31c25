import { CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';
import type { Indicator } from '../../../lib/api/types';
import { metricText } from './metricText';

interface IndicatorItemProps {
  indicator: Indicator;
  /** Offered only to city admins, and never on a frozen edition. */
  onEdit?: (() => void) | undefined;
}

const compact = (text: string) => text.replace(/\s/g, '');

/** The checklist says the text again, sentence by sentence (as in the seeded framework): show it once. */
function criteriaRepeatText(indicator: Indicator) {
  return (
    indicator.criteria.length > 0 &&
    compact(indicator.criteria.join('')) === compact(indicator.textZh)
  );
}

/** One indicator: code and title, the plan's full text, its checklist and its metrics. */
export function IndicatorItem({ indicator, onEdit }: IndicatorItemProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const bonus = indicator.kind === 'BONUS';
  const headingId = `indicator-${indicator.id}`;
  const label = t(bonus ? 'frameworks.bonusCode' : 'frameworks.indicatorCode', {
    code: indicator.code,
  });

  return (
    <Card
      size="small"
      className={bonus ? 'indicator indicator-bonus' : 'indicator'}
      style={{ borderLeft: `4px solid ${bonus ? '#d48806' : '#0958d9'}`, marginBottom: 12 }}
    >
      <article aria-labelledby={headingId}>
        <Flex wrap gap="small" justify="space-between" align="center">
          <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0 }}>
            {label} <span lang="zh-CN">{indicator.titleZh}</span>
          </Typography.Title>
          <Flex gap="small" align="center">
            {bonus && <StatusTag tone="warning">{t('frameworks.bonusKind')}</StatusTag>}
            {onEdit && (
              <Button
                size="small"
                icon={<EditOutlined aria-hidden />}
                aria-label={t('frameworks.editIndicator', { code: indicator.code })}
                onClick={onEdit}
              >
                {t('common.edit')}
              </Button>
            )}
          </Flex>
        </Flex>
        {english && indicator.glossEn && (
          <Typography.Paragraph style={{ margin: '8px 0 0', fontStyle: 'italic' }}>
            {indicator.glossEn}
          </Typography.Paragraph>
        )}
        {!criteriaRepeatText(indicator) && (
          <Typography.Paragraph lang="zh-CN" style={{ margin: '8px 0' }}>
            {indicator.textZh}
          </Typography.Paragraph>
        )}
        <Typography.Title level={4} style={{ fontSize: 14, margin: '8px 0 4px' }}>
          {t('frameworks.criteria')}
        </Typography.Title>
        {indicator.criteria.length > 0 ? (
          <ul lang="zh-CN" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
            {indicator.criteria.map((criterion, i) => (
              <li key={i} style={{ display: 'flex', gap: 8, marginBottom: 4 }}>
                <CheckOutlined aria-hidden style={{ color: '#135200', marginTop: 4 }} />
                <span>{criterion}</span>
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text>{t('frameworks.noCriteria')}</Typography.Text>
        )}
        {indicator.metrics.length > 0 && (
          <>
            <Typography.Title level={4} style={{ fontSize: 14, margin: '12px 0 4px' }}>
              {t('frameworks.metrics')}
            </Typography.Title>
            <ul style={{ paddingLeft: 20, margin: 0 }}>
              {indicator.metrics.map((metric, i) => (
                <li key={i}>
                  <strong>{metricText(metric, english)}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </Card>
  );
}
