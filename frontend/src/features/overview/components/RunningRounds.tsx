import { Button, Flex, Typography } from 'antd';
import type { Round } from '../../../lib/api/types';
import { isRunning } from '../api/currentRound';
import { useDashboardText } from '../texts';

interface RunningRoundsProps {
  rounds: readonly Round[];
  value: number | undefined;
  onChange: (id: number) => void;
}

/**
 * With more than one round running, names every running round the overview is not showing, so
 * none of them hides behind the server's "current" one.
 */
export function RunningRounds({ rounds, value, onChange }: RunningRoundsProps) {
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
