import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorCategory } from '../../../lib/api/types';
import { IndicatorItem } from './IndicatorItem';

/** A category holding only bonus items (加分项); they do not decide naming. */
export function isBonusCategory(category: IndicatorCategory): boolean {
  return category.indicators.length > 0 && category.indicators.every((i) => i.kind === 'BONUS');
}

interface CategorySectionProps {
  category: IndicatorCategory;
  onEdit?: ((indicator: Indicator) => void) | undefined;
}

/** One of the seven categories, headed by its title, with its indicators. */
export function CategorySection({ category, onEdit }: CategorySectionProps) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const headingId = `category-${category.code}`;
  const bonus = isBonusCategory(category);

  return (
    <section aria-labelledby={headingId} style={{ marginTop: 24 }}>
      <Typography.Title level={2} id={headingId} style={{ fontSize: 18 }}>
        {category.code}.{' '}
        {english ? (
          <>
            {category.titleEn} (<span lang="zh-CN">{category.titleZh}</span>)
          </>
        ) : (
          category.titleZh
        )}
      </Typography.Title>
      {bonus && (
        <Alert
          type="info"
          showIcon
          title={t('frameworks.bonusNote')}
          style={{ marginBottom: 12 }}
        />
      )}
      {category.indicators.map((indicator) => (
        <IndicatorItem
          key={indicator.id}
          indicator={indicator}
          onEdit={
            onEdit
              ? () => {
                  onEdit(indicator);
                }
              : undefined
          }
        />
      ))}
    </section>
  );
}
