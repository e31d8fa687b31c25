import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface EditButtonProps {
  /** The item's name, for the button's accessible name ("编辑 张三"). */
  name: string;
  onClick: () => void;
  /** A small link in a table row, or a full button with an icon on a detail page. */
  variant?: 'link' | 'default';
}

export function EditButton({ name, onClick, variant = 'link' }: EditButtonProps) {
  const { t } = useTranslation();
  const look =
    variant === 'link'
      ? ({ type: 'link', size: 'small' } as const)
      : { icon: <EditOutlined aria-hidden /> };
  return (
    <Button {...look} aria-label={t('common.editItem', { name })} onClick={onClick}>
      {t('common.edit')}
    </Button>
  );
}
