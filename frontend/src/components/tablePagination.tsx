import { LeftOutlined, RightOutlined } from '@ant-design/icons';
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
    // antd names these buttons after their icons ("left", "right"); give them real names.
    itemRender: (_page, type, element) => {
      if (type !== 'prev' && type !== 'next') return element;
      const label = t(type === 'prev' ? 'common.prevPage' : 'common.nextPage');
      return (
        <button type="button" className="ant-pagination-item-link" tabIndex={-1} aria-label={label}>
          {type === 'prev' ? <LeftOutlined aria-hidden /> : <RightOutlined aria-hidden />}
        </button>
      );
    },
  };
}
