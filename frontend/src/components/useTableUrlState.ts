import type { TablePaginationConfig } from 'antd';
import type { Key } from 'react';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE = 1_000_000;
const MAX_QUERY_LENGTH = 64;

export interface TableUrlStateOptions<S extends string, F extends string> {
  /** Sort values the API accepts, e.g. `['code', '-code', ...]`. */
  sorts: readonly S[];
  /** Names of extra filter parameters, e.g. `['kind']`. */
  filters?: readonly F[];
}

/** What antd Table reports about sorting, for any row type. */
interface SorterLike {
  columnKey?: Key | undefined;
  order?: 'ascend' | 'descend' | null | undefined;
}

export interface TableState<S extends string, F extends string> {
  page: number;
  size: number;
  sort: S | undefined;
  q: string;
  filters: Partial<Record<F, string>>;
}

function parsePositiveInt(raw: string | null, max: number): number | undefined {
  if (raw === null || !/^\d{1,7}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : undefined;
}

/** Reads table state from a query string; anything invalid falls back to its default. */
export function parseTableState<S extends string, F extends string>(
  params: URLSearchParams,
  { sorts, filters = [] }: TableUrlStateOptions<S, F>,
): TableState<S, F> {
  const size = parsePositiveInt(params.get('size'), 100);
  const sort = params.get('sort');
  const parsedFilters: Partial<Record<F, string>> = {};
  for (const name of filters) {
    const value = params.get(name);
    if (value) parsedFilters[name] = value;
  }
  return {
    page: parsePositiveInt(params.get('page'), MAX_PAGE) ?? 1,
    size:
      size !== undefined && (PAGE_SIZES as readonly number[]).includes(size)
        ? size
        : DEFAULT_PAGE_SIZE,
    sort: sorts.find((s) => s === sort),
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    filters: parsedFilters,
  };
}

/** Writes table state into a query string, leaving defaults out so URLs stay short. */
export function writeTableState<S extends string, F extends string>(
  base: URLSearchParams,
  state: TableState<S, F>,
  { filters = [] }: TableUrlStateOptions<S, F>,
): URLSearchParams {
  // Managed keys always come in the same order, so one view has one URL.
  const managed = ['page', 'size', 'sort', 'q', ...filters];
  const next = new URLSearchParams([...base].filter(([name]) => !managed.includes(name)));
  const set = (name: string, value: string | undefined) => {
    if (value !== undefined && value !== '') next.set(name, value);
  };
  set('page', state.page > 1 ? String(state.page) : undefined);
  set('size', state.size !== DEFAULT_PAGE_SIZE ? String(state.size) : undefined);
  set('sort', state.sort);
  set('q', state.q);
  for (const name of filters) set(name, state.filters[name]);
  return next;
}

/** The descending form of a sort value starts with `-`. */
export function sortOrderOf(sort: string | undefined, field: string): 'ascend' | 'descend' | null {
  if (sort === field) return 'ascend';
  if (sort === `-${field}`) return 'descend';
  return null;
}

export interface TableUrlState<S extends string, F extends string> extends TableState<S, F> {
  isFiltered: boolean;
  setPage: (page: number, size?: number) => void;
  setSort: (sort: S | undefined) => void;
  setQ: (q: string) => void;
  setFilter: (name: F, value: string | undefined) => void;
  clearFilters: () => void;
  sortOrder: (field: string) => 'ascend' | 'descend' | null;
  /** For antd Table's onChange: paging and sorting (filters live outside the table). */
  onTableChange: (
    pagination: TablePaginationConfig,
    filters: unknown,
    sorter: SorterLike | SorterLike[],
  ) => void;
}

/**
 * Paging, sorting and filtering of a server-side table, kept in the URL query string so a view can
 * be bookmarked and shared and Back steps through it. Any change but paging returns to page 1.
 */
export function useTableUrlState<S extends string, F extends string = never>(
  options: TableUrlStateOptions<S, F>,
): TableUrlState<S, F> {
  const [params, setParams] = useSearchParams();
  const { sorts, filters } = options;
  const stableOptions = useMemo(() => ({ sorts, filters }), [sorts, filters]);
  const state = useMemo(() => parseTableState(params, stableOptions), [params, stableOptions]);

  const update = useCallback(
    (patch: (current: TableState<S, F>) => TableState<S, F>, replace = false) => {
      setParams(
        (current) =>
          writeTableState(current, patch(parseTableState(current, stableOptions)), stableOptions),
        { replace },
      );
    },
    [setParams, stableOptions],
  );

  const setPage = useCallback(
    (page: number, size?: number) => {
      update((s) => {
        const nextSize = size ?? s.size;
        return { ...s, page: nextSize === s.size ? page : 1, size: nextSize };
      });
    },
    [update],
  );
  const setSort = useCallback(
    (sort: S | undefined) => {
      update((s) => ({ ...s, sort, page: 1 }));
    },
    [update],
  );
  // Typing refines one search; replacing keeps Back from replaying every keystroke.
  const setQ = useCallback(
    (q: string) => {
      update((s) => ({ ...s, q: q.trim().slice(0, MAX_QUERY_LENGTH), page: 1 }), true);
    },
    [update],
  );
  const setFilter = useCallback(
    (name: F, value: string | undefined) => {
      update((s) => ({ ...s, filters: { ...s.filters, [name]: value }, page: 1 }));
    },
    [update],
  );
  const clearFilters = useCallback(() => {
    update((s) => ({ ...s, q: '', filters: {}, page: 1 }));
  }, [update]);

  const onTableChange = useCallback(
    (pagination: TablePaginationConfig, _filters: unknown, sorter: SorterLike | SorterLike[]) => {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = typeof single?.columnKey === 'string' ? single.columnKey : undefined;
      const wanted =
        key && single?.order ? (single.order === 'descend' ? `-${key}` : key) : undefined;
      const sort = sorts.find((s) => s === wanted);
      update((s) => {
        const size = pagination.pageSize ?? s.size;
        const sortChanged = sort !== s.sort;
        const page = sortChanged || size !== s.size ? 1 : (pagination.current ?? s.page);
        return { ...s, sort, size, page };
      });
    },
    [sorts, update],
  );

  const sortOrder = useCallback((field: string) => sortOrderOf(state.sort, field), [state.sort]);

  return {
    ...state,
    isFiltered: state.q !== '' || Object.values(state.filters).some(Boolean),
    setPage,
    setSort,
    setQ,
    setFilter,
    clearFilters,
    sortOrder,
    onTableChange,
  };
}

/** The paging, sorting and search parameters every list endpoint takes, defaults left out. */
export function listParams<S extends string>(state: {
  page: number;
  size: number;
  sort: S | undefined;
  q: string;
}): { page: number; size: number; sort?: S; q?: string } {
  const params: { page: number; size: number; sort?: S; q?: string } = {
    page: state.page,
    size: state.size,
  };
  if (state.sort) params.sort = state.sort;
  if (state.q) params.q = state.q;
  return params;
}
