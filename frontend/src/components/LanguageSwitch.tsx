import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n';
import { VisuallyHidden } from './VisuallyHidden';

const OPTIONS: { value: Language; label: string; short: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', short: '中', lang: 'zh-CN' },
  { value: 'en', label: 'English', short: 'EN', lang: 'en' },
];

/**
 * Switches the UI language; i18n persists the choice and updates <html lang>. Compact (for a
 * phone's header) it shows 中 / EN, each still named in full for assistive technology.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      size="small"
      value={isLanguage(i18n.language) ? i18n.language : 'zh-CN'}
      options={OPTIONS.map((o) => ({
        value: o.value,
        label: compact ? (
          <span lang={o.lang} title={o.label}>
            <span aria-hidden="true">{o.short}</span>
            <VisuallyHidden>{o.label}</VisuallyHidden>
          </span>
        ) : (
          <span lang={o.lang}>{o.label}</span>
        ),
      }))}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
