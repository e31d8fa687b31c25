import { Grid, Table, type TableColumnsType } from 'antd';
import type { Key, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DataCards } from './DataCards';
import { readableEmpty } from './TableEmpty';
import { tablePagination } from './tablePagination';

/** Server-side paging kept in the component's state (not the URL): a section within a page. */
export interface ListPaging {
  page: number;
  size: number;
  total: number | undefined;
  onChange: (page: number, size: number) => void;
  /** The page size is fixed: no size changer, and no pager while one page holds every row. */
  fixedSize?: boolean;
}

interface ListTableProps<T> {
  columns: TableColumnsType<T>;
  /** The rows; every row, or the current page's with `paging`. */
  rows: T[] | undefined;
  loading: boolean;
  rowKey: (record: T) => Key;
  /** A plain string is shown readable (TableEmpty). */
  emptyText: ReactNode;
  size?: 'small' | 'middle';
  paging?: ListPaging;
}

/**
 * A list within a page (a round's districts, one's sessions, a plan's revisions) as a table on
 * wide screens and as cards below `md` (phones, 200 % zoom), like DataTable: nothing scrolls
 * sideways, and no scrolling region without anything to focus in it.
 */
export function ListTable<T extends object>({
  columns,
  rows,
  loading,
  rowKey,
  emptyText,
  size,
  paging,
}: ListTableProps<T>) {
  const { t } = useTranslation();
  const narrow = Grid.useBreakpoint().md === false;
  const empty = readableEmpty(emptyText);
  const total = paging?.total ?? rows?.length;
  const pagerShown = paging !== undefined && !(paging.fixedSize && (total ?? 0) <= paging.size);
  if (narrow) {
    return (
      <DataCards<T>
        columns={columns}
        data={rows && { items: rows, total: total ?? rows.length }}
        loading={loading}
        rowKey={rowKey}
        emptyText={empty}
        table={
          paging && pagerShown
            ? {
                page: paging.page,
                size: paging.size,
                sort: undefined,
                onTableChange: (pagination) => {
                  paging.onChange(pagination.current ?? 1, pagination.pageSize ?? paging.size);
                },
              }
            : undefined
        }
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
      pagination={
        paging && pagerShown
          ? {
              ...tablePagination(paging, total, t),
              ...(paging.fixedSize && { showSizeChanger: false }),
              onChange: paging.onChange,
            }
          : false
      }
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: empty }}
    />
  );
}
