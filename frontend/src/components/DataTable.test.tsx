import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TableColumnsType } from 'antd';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { DataTable } from './DataTable';
import { useTableUrlState } from './useTableUrlState';

interface Row {
  id: number;
  name: string;
  code: string;
}

const ROWS: Row[] = [
  { id: 1, name: '东关街道', code: '321002001' },
  { id: 2, name: '湾头镇', code: '321002100' },
];
const SORTS = ['code', '-code', 'name', '-name'] as const;

function Rows() {
  const table = useTableUrlState({ sorts: SORTS });
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: '名称', dataIndex: 'name', sorter: true },
    { key: 'code', title: '代码', dataIndex: 'code', sorter: true },
    {
      key: 'actions',
      title: '操作',
      render: (_v: unknown, row) => <button type="button">{`编辑 ${row.name}`}</button>,
    },
  ];
  return (
    <DataTable<Row>
      columns={columns}
      data={{ items: ROWS, total: 45 }}
      loading={false}
      table={table}
    />
  );
}

function setWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width });
}

describe('DataTable', () => {
  afterEach(() => {
    setWidth(1024);
  });

  it('is a table on a wide screen', async () => {
    renderWithProviders(<Rows />);
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /代码/ })).toBeInTheDocument();
  });

  it('shows each row as a card with labelled fields on a phone, sorting and paging through the URL', async () => {
    setWidth(375);
    const app = renderWithProviders(<Rows />, '/list');
    const [list] = await screen.findAllByRole('list');
    const cards = within(list!).getAllByRole('listitem');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(cards).toHaveLength(2);
    const first = cards[0]!;
    expect(within(first).getByText('东关街道')).toBeInTheDocument();
    // label and value pairs, the actions last
    expect(within(first).getByRole('term')).toHaveTextContent('代码');
    expect(within(first).getByRole('definition')).toHaveTextContent('321002001');
    expect(within(first).getByRole('button', { name: '编辑 东关街道' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: '排序' }), '代码（降序）');
    expect(app.location()).toBe('/list?sort=-code');

    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(app.location()).toBe('/list?page=2&sort=-code');
  });
});
