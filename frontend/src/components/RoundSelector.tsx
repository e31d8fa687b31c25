import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../lib/api/types';

interface RoundSelectorProps {
  rounds: readonly Round[];
  /** The round shown; none yet while the rounds load or when there is none. */
  value: number | undefined;
  loading?: boolean;
  onChange: (id: number) => void;
}

/**
 * Picks the round (培育批次) a page shows; each option says the round's state. A native select:
 * a phone opens its own picker, it never grows wider than its container, and it adds nothing to
 * the first screen's download.
 */
export function RoundSelector({ rounds, value, loading = false, onChange }: RoundSelectorProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="round-selector">
      <label htmlFor={id}>{t('roundSelector.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        aria-busy={loading}
        disabled={rounds.length === 0}
        onChange={(event) => {
          const chosen = Number(event.target.value);
          if (Number.isInteger(chosen) && chosen > 0) onChange(chosen);
        }}
      >
        {value === undefined && <option value="" disabled hidden />}
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {t('roundSelector.option', { name: r.name, state: t(`rounds.states.${r.state}`) })}
          </option>
        ))}
      </select>
    </div>
  );
}
