import { Empty } from 'antd';

/**
 * A table's "nothing here" text. A plain string would show in antd's disabled grey (#bfbfbf),
 * which misses WCAG AA contrast; the Empty description keeps it readable.
 */
export function TableEmpty({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}
