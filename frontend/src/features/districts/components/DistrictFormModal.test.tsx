import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { district } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { DistrictFormModal } from './DistrictFormModal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function fillCreateForm(code: string, name: string) {
  await userEvent.type(screen.getByLabelText('行政区划代码'), code);
  await userEvent.type(screen.getByLabelText('名称'), name);
  await userEvent.click(screen.getByRole('radio', { name: '县（市、区）' }));
}

describe('DistrictFormModal', () => {
  it('shows server violations under the fields they name', async () => {
    mockApi({
      'POST /api/v1/districts': () =>
        problem(400, '请求参数有误', {
          violations: [
            { field: 'code', message: '代码 321002 已存在' },
            { field: 'name', message: '名称含有不允许的字符' },
          ],
        }),
    });
    renderWithProviders(<DistrictFormModal open onClose={vi.fn()} />);
    await fillCreateForm('321002', '广陵区');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const code = screen.getByLabelText('行政区划代码');
    const name = screen.getByLabelText('名称');
    await waitFor(() => {
      expect(code).toHaveAccessibleDescription('代码 321002 已存在');
    });
    expect(name).toHaveAccessibleDescription('名称含有不允许的字符');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    // Field errors are enough; no extra alert repeats them.
    expect(screen.queryByRole('alert', { name: /请求参数有误/ })).not.toBeInTheDocument();
  });

  it('checks the code locally and sends nothing while it is not 6 digits', async () => {
    const { calls } = mockApi({});
    renderWithProviders(<DistrictFormModal open onClose={vi.fn()} />);
    await fillCreateForm('32100', '广陵区');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('行政区划代码应为 6 位数字')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('creates with an Idempotency-Key that a resubmission reuses', async () => {
    let attempt = 0;
    const { calls } = mockApi({
      'POST /api/v1/districts': ({ body }) => {
        attempt += 1;
        return attempt === 1
          ? problem(503, '服务暂不可用')
          : { status: 201, body: district({ id: 9, ...(body as object) }) };
      },
    });
    const onSaved = vi.fn();
    renderWithProviders(<DistrictFormModal open onClose={vi.fn()} onSaved={onSaved} />);
    await fillCreateForm('321023', '宝应县');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('服务暂不可用')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 9, name: '宝应县' }));
    });

    const keys = calls.map((c) => c.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(UUID);
    expect(keys[1]).toBe(keys[0]);
    expect(calls[1]!.body).toEqual({ code: '321023', name: '宝应县', kind: 'COUNTY_LEVEL' });
    expect(await screen.findByText('已新增县市区“宝应县”')).toBeInTheDocument();
  });

  it('loads the district, sends its ETag in If-Match, and offers reload when it changed', async () => {
    let version = 1;
    const { calls } = mockApi({
      'GET /api/v1/districts/{districtId}': () => ({
        body: district({ id: 1, name: version === 1 ? '广陵区' : '广陵区（新）', version }),
        headers: { ETag: `"${version}"` },
      }),
      'PUT /api/v1/districts/{districtId}': ({ headers, body }) => {
        if (headers.get('If-Match') !== `"${version}"`) return problem(412, '版本已过期');
        return { body: district({ id: 1, ...(body as object), version: version + 1 }) };
      },
    });
    const onClose = vi.fn();
    renderWithProviders(<DistrictFormModal open districtId={1} onClose={onClose} />);

    const name = await screen.findByLabelText('名称');
    expect(name).toHaveValue('广陵区');
    version = 2; // someone else saves meanwhile
    await userEvent.clear(name);
    await userEvent.type(name, '广陵');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('该记录已被他人修改')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')!.headers.get('If-Match')).toBe('"1"');

    await userEvent.click(within(alert).getByRole('button', { name: '重新加载' }));
    expect(await screen.findByDisplayValue('广陵区（新）')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.headers.get('If-Match'))).toEqual(['"1"', '"2"']);
  });

  it('shows the detail of a conflict', async () => {
    mockApi({
      'GET /api/v1/districts/{districtId}': () => ({ body: district(), headers: { ETag: '"0"' } }),
      'PUT /api/v1/districts/{districtId}': () =>
        problem(409, '状态冲突', { detail: '该县市区下已有乡镇，代码不能修改' }),
    });
    renderWithProviders(<DistrictFormModal open districtId={1} onClose={vi.fn()} />);
    const code = await screen.findByLabelText('行政区划代码');
    await userEvent.clear(code);
    await userEvent.type(code, '321099');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('该县市区下已有乡镇，代码不能修改')).toBeInTheDocument();
    expect(screen.getByText('请求编号：req-409')).toBeInTheDocument();
  });
});
