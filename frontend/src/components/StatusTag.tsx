import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type StatusTone = 'positive' | 'negative' | 'warning' | 'info' | 'neutral';

// antd's preset tag colours (e.g. green #389e0d on #f6ffed) miss WCAG AA contrast; these keep ≥ 4.5:1.
const TONES: Record<StatusTone, { color: string; background: string; borderColor: string }> = {
  positive: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  negative: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  neutral: { color: '#434343', background: '#fafafa', borderColor: '#d9d9d9' },
};

/** A short status label whose colours stay readable for everyone. */
export function StatusTag({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}
