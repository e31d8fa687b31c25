import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';
import { PAGE_SIZES } from './useTableUrlState';

/** Server-side pagination for antd Table, with accessible names on its controls. */
export function tablePagination(
  state: { page: number; size: number },
  total: number | undefined,
  t: TFunction,
): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.size,
    total: total ?? 0,
    pageSizeOptions: PAGE_SIZES.map(String),
    showSizeChanger: { 'aria-label': t('common.pageSize') },
    showTotal: (count) => t('common.total', { total: count }),
    responsive: true,
    placement: ['bottomEnd'],
  };
}
