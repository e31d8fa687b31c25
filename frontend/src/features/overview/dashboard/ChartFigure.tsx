import { Card, Flex, Segmented, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useDashboardText } from '../texts';

type View = 'chart' | 'table';

interface ChartFigureProps {
  title: string;
  /** What the chart shows, in one or two sentences: read by everyone, and all a screen reader needs. */
  summary: string;
  /** How to drill down from the chart (its table has links for the same). */
  hint?: string;
  chart: ReactNode;
  table: ReactNode;
}

/**
 * A chart with its text alternatives: a summary under the title, and a table view with the same
 * figures (and links) that a keyboard or screen-reader user can switch to.
 */
export function ChartFigure({ title, summary, hint, chart, table }: ChartFigureProps) {
  const dt = useDashboardText();
  const [view, setView] = useState<View>('chart');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="dashboard-figure">
      <Card
        className="dashboard-card"
        title={
          <Typography.Title level={3} id={headingId} className="card-heading">
            {title}
          </Typography.Title>
        }
        extra={
          <Segmented<View>
            size="small"
            aria-label={dt('dashboard.viewAs', { title })}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: dt('dashboard.chartView') },
              { value: 'table', label: dt('dashboard.tableView') },
            ]}
          />
        }
      >
        <Flex vertical gap="small">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {summary}
            {view === 'chart' && hint ? ` ${hint}` : ''}
          </Typography.Paragraph>
          {view === 'chart' ? chart : table}
        </Flex>
      </Card>
    </section>
  );
}
