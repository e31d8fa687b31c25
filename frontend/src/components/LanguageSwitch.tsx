import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n';

const OPTIONS: { value: Language; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** Switches the UI language; i18n persists the choice and updates <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('app.language')}
      size="small"
      value={isLanguage(i18n.language) ? i18n.language : 'zh-CN'}
      options={OPTIONS.map((o) => ({
        value: o.value,
        label: <span lang={o.lang}>{o.label}</span>,
      }))}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
