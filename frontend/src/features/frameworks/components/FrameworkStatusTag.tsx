import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../components/StatusTag';

/** "已冻结" for an edition a round under assessment uses, else "可修改". */
export function FrameworkStatusTag({ frozen }: { frozen: boolean }) {
  const { t } = useTranslation();
  return frozen ? (
    <StatusTag tone="warning">
      <LockOutlined aria-hidden /> {t('frameworks.frozen')}
    </StatusTag>
  ) : (
    <StatusTag tone="positive">{t('frameworks.editable')}</StatusTag>
  );
}
