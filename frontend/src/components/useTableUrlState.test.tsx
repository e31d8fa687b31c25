import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { parseTableState, useTableUrlState, writeTableState } from './useTableUrlState';

const SORTS = ['code', '-code', 'name', '-name'] as const;
const FILTERS = ['kind'] as const;
const OPTIONS = { sorts: SORTS, filters: FILTERS };

function setup(url: string) {
  let router!: ReturnType<typeof createMemoryRouter>;
  const wrapper = ({ children }: { children: ReactNode }) => {
    router = createMemoryRouter(
      [
        {
          path: '*',
          element: (
            <>
              {children}
              <Outlet />
            </>
          ),
        },
      ],
      {
        initialEntries: [url],
      },
    );
    return <RouterProvider router={router} />;
  };
  const hook = renderHook(() => useTableUrlState(OPTIONS), { wrapper });
  const search = () => router.state.location.search;
  return { hook, search, back: () => act(() => router.navigate(-1)) };
}

describe('useTableUrlState', () => {
  it('reads page, size, sort, q and filters from the URL', () => {
    const { hook } = setup('/x?page=3&size=50&sort=-name&q=%E5%B9%BF&kind=FUNCTIONAL_ZONE');
    expect(hook.result.current).toMatchObject({
      page: 3,
      size: 50,
      sort: '-name',
      q: '广',
      filters: { kind: 'FUNCTIONAL_ZONE' },
      isFiltered: true,
    });
    expect(hook.result.current.sortOrder('name')).toBe('descend');
    expect(hook.result.current.sortOrder('code')).toBeNull();
  });

  it('falls back to defaults for values the API would refuse', () => {
    const { hook } = setup('/x?page=0&size=1000&sort=drop%20table&q=');
    expect(hook.result.current).toMatchObject({ page: 1, size: 20, sort: undefined, q: '' });
    expect(hook.result.current.isFiltered).toBe(false);
  });

  it('writes paging and sorting into the URL and Back restores the previous view', async () => {
    const { hook, search, back } = setup('/x');
    act(() => {
      hook.result.current.setPage(2);
    });
    expect(search()).toBe('?page=2');
    act(() => {
      hook.result.current.onTableChange(
        { current: 2, pageSize: 20 },
        {},
        { columnKey: 'code', order: 'descend' },
      );
    });
    // A new sort order starts again at page 1.
    expect(search()).toBe('?sort=-code');
    expect(hook.result.current.sort).toBe('-code');
    act(() => {
      hook.result.current.onTableChange(
        { current: 4, pageSize: 20 },
        {},
        { columnKey: 'code', order: 'descend' },
      );
    });
    expect(search()).toBe('?page=4&sort=-code');
    act(() => {
      hook.result.current.onTableChange(
        { current: 4, pageSize: 100 },
        {},
        { columnKey: 'code', order: 'descend' },
      );
    });
    expect(search()).toBe('?size=100&sort=-code');
    await back();
    expect(hook.result.current).toMatchObject({ page: 4, size: 20, sort: '-code' });
  });

  it('resets to page 1 when a filter or search changes, and clears filters together', () => {
    const { hook, search } = setup('/x?page=5&sort=name');
    act(() => {
      hook.result.current.setFilter('kind', 'COUNTY_LEVEL');
    });
    expect(search()).toBe('?sort=name&kind=COUNTY_LEVEL');
    act(() => {
      hook.result.current.setPage(3);
    });
    act(() => {
      hook.result.current.setQ('  江都 ');
    });
    expect(new URLSearchParams(search()).get('q')).toBe('江都');
    expect(hook.result.current.page).toBe(1);
    act(() => {
      hook.result.current.clearFilters();
    });
    expect(search()).toBe('?sort=name');
  });

  it('round-trips through parse and write', () => {
    const state = {
      page: 7,
      size: 10,
      sort: 'code' as const,
      q: 'abc',
      filters: { kind: 'COUNTY_LEVEL' },
    };
    const written = writeTableState(new URLSearchParams('other=keep'), state, OPTIONS);
    expect(written.get('other')).toBe('keep');
    expect(parseTableState(written, OPTIONS)).toEqual(state);
  });
});
