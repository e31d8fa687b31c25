import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';

// Only the chart types the dashboards draw: the whole library would more than double the chunk.
echarts.use([
  BarChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export interface EChartProps {
  option: EChartsOption;
  height: number;
  /** Called with the index of the data item the user picked (a bar, a funnel step). */
  onPick?: (dataIndex: number) => void;
}

/**
 * One chart, drawn without animation. It is hidden from assistive technology: every chart sits in
 * a ChartFigure, whose summary and table say the same in text. Loaded through EChart only.
 */
export default function EChartCanvas({ option, height, onPick }: EChartProps) {
  return (
    <div aria-hidden="true">
      <ReactEChartsCore
        echarts={echarts}
        option={{ animation: false, ...option }}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={
          onPick
            ? {
                click: (params: { dataIndex: number }) => {
                  onPick(params.dataIndex);
                },
              }
            : {}
        }
      />
    </div>
  );
}
