import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { district, districtPage, township } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { TownshipFormModal } from './TownshipFormModal';

const guangling = district({ id: 1, code: '321002', name: '广陵区' });
const jiangdu = district({ id: 2, code: '321012', name: '江都区' });

describe('TownshipFormModal', () => {
  it('requires a 9- or 12-digit code that starts with the district code', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([guangling, jiangdu]) }),
    });
    renderWithProviders(<TownshipFormModal open districtId={1} onClose={vi.fn()} />);
    expect(await screen.findByTitle('广陵区（321002）')).toBeInTheDocument();
    const code = screen.getByLabelText('行政区划代码');
    await userEvent.type(code, '3210020011');
    await userEvent.type(screen.getByLabelText('名称'), '东关街道');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('行政区划代码应为 9 位或 12 位数字')).toBeInTheDocument();

    await userEvent.clear(code);
    await userEvent.type(code, '321012001');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('代码应以所属县市区代码 321002 开头')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('creates a township and maps a districtId violation onto the district field', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([guangling]) }),
      'POST /api/v1/townships': () =>
        problem(400, 'Validation failed', {
          violations: [{ field: 'districtId', message: 'District 1 no longer exists' }],
        }),
    });
    renderWithProviders(<TownshipFormModal open districtId={1} onClose={vi.fn()} />);
    await screen.findByTitle('广陵区（321002）');
    await userEvent.type(screen.getByLabelText('行政区划代码'), '321002001');
    await userEvent.type(screen.getByLabelText('名称'), '东关街道');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const select = screen.getByRole('combobox', { name: '所属县市区' });
    await waitFor(() => {
      expect(select).toHaveAccessibleDescription('District 1 no longer exists');
    });
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ code: '321002001', name: '东关街道', districtId: 1 });
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('edits with the ETag of the loaded township', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([guangling]) }),
      'GET /api/v1/townships/{townshipId}': () => ({
        body: township({ id: 11, name: '东关街道' }),
        headers: { ETag: 'W/"7"' },
      }),
      'PUT /api/v1/townships/{townshipId}': ({ body }) => ({
        body: township({ id: 11, ...(body as object) }),
        headers: { ETag: 'W/"8"' },
      }),
    });
    const onClose = vi.fn();
    renderWithProviders(<TownshipFormModal open townshipId={11} onClose={onClose} />);
    const name = await screen.findByLabelText('名称');
    await userEvent.clear(name);
    await userEvent.type(name, '东关');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/townships/11');
    expect(put.headers.get('If-Match')).toBe('W/"7"');
    expect(put.body).toEqual({ code: '321002001', name: '东关', districtId: 1 });
  });
});
