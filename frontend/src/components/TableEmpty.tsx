import { Empty } from 'antd';
import type { ReactNode } from 'react';

/**
 * A table's "nothing here" text. A plain string would show in antd's disabled grey (#bfbfbf),
 * which misses WCAG AA contrast; the Empty description keeps it readable.
 */
export function TableEmpty({ text }: { text: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}

/** A list's empty text as given, with a plain string made readable (see TableEmpty). */
export function readableEmpty(emptyText: ReactNode): ReactNode {
  return typeof emptyText === 'string' ? <TableEmpty text={emptyText} /> : emptyText;
}
