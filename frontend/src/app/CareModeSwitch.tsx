import { FontSizeOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { setCareMode, useCareMode } from './careMode';

/**
 * The header's toggle for the elder-friendly mode (适老化模式): a real button whose pressed
 * state is announced, so it works from the keyboard and with a screen reader.
 */
export function CareModeSwitch() {
  const { t } = useTranslation();
  const on = useCareMode();
  return (
    <Button
      type={on ? 'primary' : 'default'}
      icon={<FontSizeOutlined aria-hidden />}
      aria-pressed={on}
      title={t('careMode.hint')}
      onClick={() => {
        setCareMode(!on);
      }}
    >
      {t('careMode.label')}
    </Button>
  );
}
