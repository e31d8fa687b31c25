import {
  Checkbox,
  Pagination,
  Spin,
  type TableColumnsType,
  type TablePaginationConfig,
} from 'antd';
import { useId, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { tablePagination } from './tablePagination';
import './responsive.css';
import type { TableUrlState } from './useTableUrlState';

type PagedTableState = Pick<
  TableUrlState<string, string>,
  'page' | 'size' | 'onTableChange' | 'sort'
>;

/**
 * What the cards read of a column. antd's column types carry deep path types over the row
 * (`dataIndex`), which the type checker would expand for every row type; the cards need none of it.
 */
interface CardColumn {
  key?: Key;
  dataIndex?: string | number | readonly (string | number)[];
  title?: ReactNode | ((props: object) => ReactNode);
  render?: (value: unknown, record: never, index: number) => unknown;
  hidden?: boolean;
  sorter?: unknown;
}

/** Rows the user can pick for a step on several at once (the table's row selection). */
export interface CardSelection<T> {
  selectedKeys: readonly Key[];
  onChange: (keys: Key[]) => void;
  /** Whether this row can be picked (the others show a disabled checkbox). */
  selectable: (record: T) => boolean;
  /** The checkbox's accessible name, naming the row. */
  labelOf: (record: T) => string;
}

interface DataCardsProps<T> {
  columns: TableColumnsType<T>;
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
  /** Server-side paging and sorting; without it the cards show every row, unsorted. */
  table?: PagedTableState | undefined;
  emptyText: ReactNode;
  /** A row's key; by default its `id`. */
  rowKey?: ((record: T) => Key) | undefined;
  selection?: CardSelection<T> | undefined;
  /** A row's details, below its fields (the table's expanded row). */
  expandedRowRender?:
    ((record: T, index: number, indent: number, expanded: boolean) => ReactNode) | undefined;
}

const keyOf = (column: CardColumn, index: number): Key => {
  if (column.key !== undefined) return column.key;
  if (column.dataIndex !== undefined) {
    return Array.isArray(column.dataIndex) ? column.dataIndex.join('.') : String(column.dataIndex);
  }
  return index;
};

function valueOf(column: CardColumn, record: unknown, index: number): ReactNode {
  const path =
    column.dataIndex !== undefined
      ? (Array.isArray(column.dataIndex) ? column.dataIndex : [column.dataIndex]).map(String)
      : [];
  let value: unknown = record;
  for (const part of path) value = (value as Record<string, unknown> | undefined)?.[part];
  if (path.length === 0) value = undefined;
  if (column.render) return column.render(value, record as never, index) as ReactNode;
  return value === undefined || value === null ? '' : (value as ReactNode);
}

const defaultRowKey = (record: object): Key => (record as { id: number }).id;

const titleOf = (column: CardColumn): ReactNode =>
  typeof column.title === 'function' ? column.title({}) : column.title;

/**
 * The rows of a DataTable as cards, for narrow screens (phones, 200 % zoom): the first column is
 * the card's heading, the others label/value pairs, the actions column last. Sorting is a select
 * over the sortable columns; paging is the table's own, so the URL state is shared.
 */
export function DataCards<T extends object>({
  columns,
  data,
  loading,
  table,
  emptyText,
  rowKey = defaultRowKey,
  selection,
  expandedRowRender,
}: DataCardsProps<T>) {
  const { t } = useTranslation();
  const sortId = useId();
  const visible = (columns as unknown as CardColumn[]).filter((c) => !c.hidden);
  const [head, ...rest] = visible;
  const actions = rest.filter((c) => c.key === 'actions');
  const fields = rest.filter((c) => c.key !== 'actions');
  const sortable = table ? visible.filter((c) => c.sorter && typeof c.key === 'string') : [];
  const items = data?.items ?? [];

  const change = (pagination: TablePaginationConfig, sort: string | undefined) => {
    const descending = sort?.startsWith('-') ?? false;
    table?.onTableChange(
      pagination,
      {},
      {
        columnKey: sort ? sort.replace(/^-/, '') : undefined,
        order: sort ? (descending ? 'descend' : 'ascend') : null,
      },
    );
  };
  const toggle = (key: Key, on: boolean) => {
    if (!selection) return;
    const rest = selection.selectedKeys.filter((k) => k !== key);
    selection.onChange(on ? [...rest, key] : rest);
  };

  return (
    <div className="data-cards">
      {table && sortable.length > 0 && (
        <div className="data-cards-sort">
          <label htmlFor={sortId}>{t('common.sortBy')}</label>
          <select
            id={sortId}
            value={table.sort ?? ''}
            onChange={(event) => {
              change({ current: 1, pageSize: table.size }, event.target.value || undefined);
            }}
          >
            <option value="">{t('common.defaultOrder')}</option>
            {sortable.flatMap((column) => {
              const key = String(column.key);
              const title = typeof column.title === 'string' ? column.title : key;
              return [
                <option key={key} value={key}>
                  {t('common.ascending', { column: title })}
                </option>,
                <option key={`-${key}`} value={`-${key}`}>
                  {t('common.descending', { column: title })}
                </option>,
              ];
            })}
          </select>
        </div>
      )}
      <Spin spinning={loading}>
        {items.length === 0 ? (
          <div className="data-cards-empty">{loading ? null : emptyText}</div>
        ) : (
          <ul className="data-cards-list">
            {items.map((record, index) => {
              const key = rowKey(record);
              return (
                <li key={key} className="data-card">
                  {(head !== undefined || selection !== undefined) && (
                    <div className="data-card-head">
                      {selection && (
                        <Checkbox
                          className="data-card-select"
                          checked={selection.selectedKeys.includes(key)}
                          disabled={!selection.selectable(record)}
                          aria-label={selection.labelOf(record)}
                          onChange={(event) => {
                            toggle(key, event.target.checked);
                          }}
                        />
                      )}
                      {head && (
                        <div className="data-card-title">{valueOf(head, record, index)}</div>
                      )}
                    </div>
                  )}
                  <dl className="data-card-fields">
                    {fields.map((column, i) => (
                      <div key={keyOf(column, i)} className="data-card-field">
                        <dt>{titleOf(column)}</dt>
                        <dd>{valueOf(column, record, index)}</dd>
                      </div>
                    ))}
                  </dl>
                  {expandedRowRender && (
                    <details className="data-card-more">
                      <summary>{t('common.details')}</summary>
                      {expandedRowRender(record, index, 0, true)}
                    </details>
                  )}
                  {actions.map((column, i) => {
                    const value = valueOf(column, record, index);
                    // no empty row where a record has no actions (the current session)
                    return value === null || value === '' ? null : (
                      <div key={keyOf(column, i)} className="data-card-actions">
                        {value}
                      </div>
                    );
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </Spin>
      {table && (data?.total ?? 0) > 0 && (
        <Pagination
          {...tablePagination(table, data?.total, t)}
          simple
          showSizeChanger={false}
          className="data-cards-pagination"
          onChange={(current, pageSize) => {
            change({ current, pageSize }, table.sort);
          }}
        />
      )}
    </div>
  );
}
