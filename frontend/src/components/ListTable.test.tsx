import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ListTable } from './ListTable';

interface Row {
  id: number;
  name: string;
}

describe('ListTable', () => {
  it('shows a plain empty text as a readable description, not as the grey placeholder', () => {
    const { container } = renderWithProviders(
      <ListTable<Row>
        columns={[{ key: 'name', title: '名称', dataIndex: 'name' }]}
        rows={[]}
        loading={false}
        rowKey={(row) => row.id}
        emptyText="暂无会话"
      />,
    );
    expect(screen.getByText('暂无会话')).toHaveClass('ant-empty-description');
    expect(container.querySelector('.ant-empty')).not.toBeNull();
  });
});
