import { Flex, Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../lib/api/types';

interface RoundSelectProps {
  rounds: readonly Round[];
  value: number | undefined;
  loading: boolean;
  onChange: (id: number) => void;
}

/** Picks the round (培育批次) a page shows; each option says the round's state. */
export function RoundSelect({ rounds, value, loading, onChange }: RoundSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Flex align="center" gap="small" wrap>
      <label htmlFor={id}>{t('nominations.round')}</label>
      <Select<number>
        id={id}
        value={value}
        loading={loading}
        onChange={onChange}
        popupMatchSelectWidth={false}
        style={{ minWidth: 240, maxWidth: '100%' }}
        options={rounds.map((r) => ({
          value: r.id,
          label: t('nominations.roundOption', {
            name: r.name,
            state: t(`nominations.roundState.${r.state}`),
          }),
        }))}
      />
    </Flex>
  );
}
