import { Select } from 'antd';
import type { District } from '../../../lib/api/types';

interface DistrictSelectProps {
  id?: string;
  value?: number | undefined;
  onChange?: (value: number | undefined) => void;
  districts: readonly District[] | undefined;
  loading: boolean;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean | { label?: string };
  style?: React.CSSProperties;
}

/** Picks a district by name or code; searchable by keyboard. */
export function DistrictSelect({ districts, loading, ...props }: DistrictSelectProps) {
  return (
    <Select<number>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={(districts ?? []).map((d) => ({ value: d.id, label: `${d.name}（${d.code}）` }))}
    />
  );
}
