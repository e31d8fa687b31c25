import { Button, Empty, Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataCards } from './DataCards';
import { readableEmpty } from './TableEmpty';
import { tablePagination } from './tablePagination';
import type { TableUrlState } from './useTableUrlState';

type PagedTableState = Pick<
  TableUrlState<string, string>,
  'page' | 'size' | 'sort' | 'isFiltered' | 'clearFilters' | 'onTableChange'
>;

interface DataTableProps<T> {
  columns: TableColumnsType<T>;
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
  table: PagedTableState;
  /** Replaces the default "nothing here (clear filters)" placeholder. */
  emptyText?: ReactNode;
  expandable?: TableProps<T>['expandable'];
  /**
   * Fit the table to its box, wrapping cells (action buttons, tags) instead of scrolling sideways:
   * for tables with many short columns that together outgrow a wide screen (users in English).
   */
  fitWidth?: boolean;
}

/**
 * A server-side paged and sorted table whose state lives in the URL (see useTableUrlState). Below
 * the `md` breakpoint (phones, 200 % zoom) its rows are cards, so nothing needs sideways scrolling.
 */
export function DataTable<T extends { id: number }>({
  columns,
  data,
  loading,
  table,
  emptyText,
  expandable,
  fitWidth = false,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const empty =
    emptyText !== undefined ? (
      readableEmpty(emptyText)
    ) : (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={table.isFiltered ? t('common.emptyFiltered') : t('common.empty')}
      >
        {table.isFiltered && (
          <Button onClick={table.clearFilters}>{t('common.clearFilters')}</Button>
        )}
      </Empty>
    );
  if (narrow) {
    return (
      <DataCards<T>
        columns={columns}
        data={data}
        loading={loading}
        table={table}
        emptyText={empty}
        expandedRowRender={expandable?.expandedRowRender}
      />
    );
  }
  return (
    <Table<T>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={tablePagination(table, data?.total, t)}
      onChange={table.onTableChange}
      {...(!fitWidth && { scroll: { x: 'max-content' } })}
      showSorterTooltip={false}
      {...(expandable && { expandable })}
      locale={{ emptyText: empty }}
    />
  );
}
