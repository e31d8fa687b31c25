import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './EChartCanvas';

// The charts library is a chunk of its own: the dashboard's figures, summaries and tables show
// without waiting for it (on a busy machine evaluating it takes seconds), and the charts follow.
const EChartCanvas = lazy(() => import('./EChartCanvas'));

/** One chart, drawn once the charts library has loaded; until then a placeholder of its height. */
export function EChart(props: EChartProps) {
  return (
    <Suspense
      fallback={
        <Flex aria-hidden="true" align="center" justify="center" style={{ height: props.height }}>
          <Spin />
        </Flex>
      }
    >
      <EChartCanvas {...props} />
    </Suspense>
  );
}
