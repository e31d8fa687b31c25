import i18n from '../../i18n';
import en from '../../i18n/auditCodes.en';
import zhCN from '../../i18n/auditCodes.zh-CN';

// The audit trail's code names are many and read on this page only: they join the texts when
// the page loads, not with the first screen.
i18n.addResourceBundle('zh-CN', 'translation', { audit: zhCN }, true, false);
i18n.addResourceBundle('en', 'translation', { audit: en }, true, false);
