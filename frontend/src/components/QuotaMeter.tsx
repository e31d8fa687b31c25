import { Flex, Progress } from 'antd';
import { useTranslation } from 'react-i18next';

interface QuotaMeterProps {
  used: number;
  quota: number;
  /** Whose quota, for the meter's accessible name ("广陵区 名额使用情况"). */
  name?: string;
}

/**
 * Places used of a nomination quota: a bar and "1 / 2"; full shows as such. A quota of 0 is no
 * places at all, not a full quota: an empty grey bar and "no places".
 */
export function QuotaMeter({ used, quota, name }: QuotaMeterProps) {
  const { t } = useTranslation();
  const none = quota === 0 && used === 0;
  const full = !none && used >= quota;
  const percent = quota > 0 ? Math.min(100, Math.round((used / quota) * 100)) : full ? 100 : 0;
  const label = name ? t('quotaMeter.labelOf', { name }) : t('quotaMeter.label');
  return (
    <Flex align="center" gap="small" style={{ minWidth: 160 }}>
      <Progress
        percent={percent}
        showInfo={false}
        size="small"
        status={full ? 'exception' : 'normal'}
        aria-label={label}
        aria-valuetext={none ? t('quotaMeter.none') : t('quotaMeter.value', { used, quota })}
        style={{ flex: 1, margin: 0, minWidth: 80 }}
      />
      <span style={{ whiteSpace: 'nowrap' }}>
        {none ? t('quotaMeter.none') : t('quotaMeter.value', { used, quota })}
        {full && ` ${t('quotaMeter.full')}`}
      </span>
    </Flex>
  );
}
