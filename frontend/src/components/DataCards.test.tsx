import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TableColumnsType } from 'antd';
import { useState, type Key } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { DataCards } from './DataCards';

interface Item {
  nominationId: number;
  code: string;
  township: string;
  ready: boolean;
}

const ITEMS: Item[] = [
  { nominationId: 7, code: '1', township: '湾头镇', ready: true },
  { nominationId: 7, code: '2', township: '湾头镇', ready: false },
  { nominationId: 8, code: '1', township: '李典镇', ready: true },
];
const keyOf = (item: Item) => `${String(item.nominationId)}:${item.code}`;

const COLUMNS: TableColumnsType<Item> = [
  { key: 'township', title: '乡镇', dataIndex: 'township' },
  { key: 'code', title: '指标', dataIndex: 'code' },
  {
    key: 'actions',
    title: '操作',
    render: (_v: unknown, item) =>
      item.ready ? <button type="button">{`审核 ${keyOf(item)}`}</button> : null,
  },
];

function Picking() {
  const [selected, setSelected] = useState<Key[]>([]);
  return (
    <>
      <DataCards<Item>
        columns={COLUMNS}
        data={{ items: ITEMS, total: ITEMS.length }}
        loading={false}
        emptyText="无"
        rowKey={keyOf}
        selection={{
          selectedKeys: selected,
          onChange: setSelected,
          selectable: (item) => item.ready,
          labelOf: (item) => `选择 ${keyOf(item)}`,
        }}
      />
      <output>{selected.join(',')}</output>
    </>
  );
}

describe('DataCards', () => {
  it('lets rows without an id be picked by their own key, and only the pickable ones', async () => {
    renderWithProviders(<Picking />);
    const cards = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(cards).toHaveLength(3);

    expect(screen.getByRole('checkbox', { name: '选择 7:2' })).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 8:1' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 7:1' }));
    expect(screen.getByRole('status')).toHaveTextContent('8:1,7:1');
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 8:1' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^7:1$/);
  });

  it('without table state shows every row with neither sorting nor paging, and no empty action row', () => {
    renderWithProviders(
      <DataCards<Item>
        columns={COLUMNS}
        data={{ items: ITEMS, total: ITEMS.length }}
        loading={false}
        emptyText="无"
        rowKey={keyOf}
      />,
    );
    const cards = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(cards).toHaveLength(3);
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    // the cards are the only list: no pager (antd's is a list of pages)
    expect(screen.getAllByRole('list')).toHaveLength(1);
    expect(within(cards[0]!).getByRole('button', { name: '审核 7:1' })).toBeInTheDocument();
    expect(cards[1]!.querySelector('.data-card-actions')).toBeNull();
  });
});
