import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DistrictKind } from '../../../lib/api/types';

export function DistrictKindLabel({ kind }: { kind: DistrictKind }) {
  const { t } = useTranslation();
  return <Tag>{t(`district.kinds.${kind}`)}</Tag>;
}
