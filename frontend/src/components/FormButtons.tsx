import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Cancel and Save at the foot of a dialog's form. */
export function FormButtons({ onCancel, pending }: { onCancel: () => void; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <Space style={{ marginTop: 16, width: '100%', justifyContent: 'flex-end' }}>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('common.save')}
      </Button>
    </Space>
  );
}
