import { Grid, Table, type TableColumnsType } from 'antd';
import type { Key, ReactNode } from 'react';
import { DataCards } from './DataCards';

interface ListTableProps<T> {
  columns: TableColumnsType<T>;
  /** Every row (the list is short and not paged). */
  rows: T[] | undefined;
  loading: boolean;
  rowKey: (record: T) => Key;
  emptyText: ReactNode;
  size?: 'small' | 'middle';
}

/**
 * A short, unpaged list (a round's districts, one's sessions) as a table on wide screens and as
 * cards below `md` (phones, 200 % zoom), like DataTable: nothing scrolls sideways, and no
 * scrolling region without anything to focus in it.
 */
export function ListTable<T extends object>({
  columns,
  rows,
  loading,
  rowKey,
  emptyText,
  size,
}: ListTableProps<T>) {
  const narrow = Grid.useBreakpoint().md === false;
  if (narrow) {
    return (
      <DataCards<T>
        columns={columns}
        data={rows && { items: rows, total: rows.length }}
        loading={loading}
        rowKey={rowKey}
        emptyText={emptyText}
      />
    );
  }
  return (
    <Table<T>
      rowKey={rowKey}
      {...(size && { size })}
      columns={columns}
      dataSource={rows ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
    />
  );
}
