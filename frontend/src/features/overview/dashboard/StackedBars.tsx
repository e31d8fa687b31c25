import { EChart } from './EChart';

/** One part of every bar: its legend name, colour and value for a row. */
export interface BarPart<Row> {
  key: string;
  name: string;
  colour: string;
  value: (row: Row) => number;
}

interface StackedBarsProps<Row> {
  rows: readonly Row[];
  /** The category axis label of a row. */
  label: (row: Row) => string;
  parts: readonly BarPart<Row>[];
  /** Height per row; the chart grows with the rows. */
  rowHeight: number;
  /** Called with the row whose bar the user picked. */
  onPick: (row: Row) => void;
}

/**
 * Horizontal stacked bars, one per row, with a legend below: the shape of the dashboards' quota,
 * progress and evidence figures, which differ only in their rows and parts.
 */
export function StackedBars<Row>({ rows, label, parts, rowHeight, onPick }: StackedBarsProps<Row>) {
  return (
    <EChart
      height={Math.max(160, rows.length * rowHeight + 60)}
      onPick={(index) => {
        const row = rows[index];
        if (row !== undefined) onPick(row);
      }}
      option={{
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { bottom: 0 },
        grid: {
          left: 8,
          right: 16,
          top: 8,
          bottom: 32,
          outerBoundsMode: 'same',
          outerBoundsContain: 'axisLabel',
        },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: rows.map(label) },
        series: parts.map((part) => ({
          name: part.name,
          type: 'bar' as const,
          stack: 'total',
          color: part.colour,
          cursor: 'pointer',
          data: rows.map(part.value),
        })),
      }}
    />
  );
}
