import { Button, Flex, Select, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../lib/api/types';
import { isRunning } from '../api/currentRound';
import { useDashboardText } from '../texts';

interface RoundPickerProps {
  rounds: readonly Round[];
  value: number | undefined;
  loading: boolean;
  onChange: (id: number) => void;
}

/** Picks the round the overview shows; fits a phone (it never grows wider than its container). */
export function RoundPicker({ rounds, value, loading, onChange }: RoundPickerProps) {
  const { t } = useTranslation();
  const dt = useDashboardText();
  const id = useId();
  return (
    <Flex align="center" gap="small" wrap className="round-picker">
      <label htmlFor={id}>{dt('round.label')}</label>
      <Select<number>
        id={id}
        value={value}
        loading={loading}
        onChange={onChange}
        popupMatchSelectWidth={false}
        className="round-picker-select"
        options={rounds.map((r) => ({
          value: r.id,
          label: dt('round.option', {
            name: r.name,
            state: t(`rounds.states.${r.state}`),
          }),
        }))}
      />
    </Flex>
  );
}

/**
 * With more than one round running, names every running round the overview is not showing, so
 * none of them hides behind the server's "current" one.
 */
export function RunningRounds({ rounds, value, onChange }: Omit<RoundPickerProps, 'loading'>) {
  const dt = useDashboardText();
  const running = rounds.filter(isRunning);
  if (running.length < 2) return null;
  return (
    <Flex
      wrap
      gap="small"
      align="center"
      className="running-rounds"
      role="group"
      aria-label={dt('round.running', { count: running.length })}
    >
      <Typography.Text>{dt('round.running', { count: running.length })}</Typography.Text>
      {running.map((r) => (
        <Button
          key={r.id}
          size="small"
          type={r.id === value ? 'primary' : 'default'}
          aria-pressed={r.id === value}
          onClick={() => {
            onChange(r.id);
          }}
        >
          {r.name}
        </Button>
      ))}
    </Flex>
  );
}
