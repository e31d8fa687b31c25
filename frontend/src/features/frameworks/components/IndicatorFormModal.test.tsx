import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Framework, IndicatorInput } from '../../../lib/api/types';
import { expectNoSeriousA11yViolations } from '../../../testing/axe';
import { framework } from '../../../testing/fixtures';
import { mockApi, problem } from '../../../testing/mockApi';
import { renderWithProviders } from '../../../testing/render';
import { IndicatorFormModal } from './IndicatorFormModal';

function withIndicator15(value: Framework, input: IndicatorInput): Framework {
  return {
    ...value,
    categories: value.categories.map((c) => ({
      ...c,
      indicators: c.indicators.map((i) => (i.id === 15 ? { ...i, ...input } : i)),
    })),
  };
}

describe('IndicatorFormModal', () => {
  it('edits title, criteria and metrics and sends them with the framework ETag', async () => {
    const { calls } = mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
      'PUT /api/v1/frameworks/{frameworkId}/indicators/{indicatorId}': ({ body }) => ({
        body: withIndicator15(framework(), body),
        headers: { ETag: '"8"' },
      }),
    });
    const onClose = vi.fn();
    renderWithProviders(
      <IndicatorFormModal open frameworkId={1} indicatorId={15} onClose={onClose} />,
    );
    const title = await screen.findByRole('textbox', { name: '指标名称（中文）' });
    expect(title).toHaveValue('精准实施全民参保计划');
    expect(screen.getByRole('textbox', { name: '考核要点 2' })).toHaveValue(
      '困难群体由政府代缴保费。',
    );
    await expectNoSeriousA11yViolations();

    // Drop the second criterion, add a new one.
    await userEvent.click(screen.getByRole('button', { name: '删除考核要点 2' }));
    await userEvent.click(screen.getByRole('button', { name: '添加考核要点' }));
    await userEvent.type(screen.getByRole('textbox', { name: '考核要点 2' }), '建立参保台账。');
    // Raise the threshold and add a second metric.
    const threshold = screen.getByRole('spinbutton', { name: '阈值' });
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '96');
    await userEvent.click(screen.getByRole('button', { name: '添加量化指标' }));
    const second = screen.getByRole('group', { name: '量化指标 2' });
    await userEvent.type(within(second).getByRole('textbox', { name: '名称（中文）' }), '代缴率');
    await userEvent.type(
      within(second).getByRole('textbox', { name: '名称（英文）' }),
      'premiums paid by the government',
    );
    await userEvent.type(within(second).getByRole('spinbutton', { name: '阈值' }), '100');

    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.url.pathname).toBe('/api/v1/frameworks/1/indicators/15');
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.body).toEqual({
      titleZh: '精准实施全民参保计划',
      textZh: '城乡居民基本养老保险覆盖面不断扩大，基本养老保险参保率达95%以上。',
      glossEn: 'basic pension insurance participation rate of at least 95 %',
      criteria: ['基本养老保险参保率达95%以上。', '建立参保台账。'],
      metrics: [
        {
          nameZh: '基本养老保险参保率',
          nameEn: 'basic pension insurance participation rate',
          unit: '%',
          comparator: '>=',
          threshold: 96,
        },
        {
          nameZh: '代缴率',
          nameEn: 'premiums paid by the government',
          unit: '%',
          comparator: '>=',
          threshold: 100,
        },
      ],
    });
    expect(await screen.findByText('已保存指标 15')).toBeVisible();
  });

  it('does not send an empty criterion or a metric without a name', async () => {
    const { calls } = mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
    });
    renderWithProviders(
      <IndicatorFormModal open frameworkId={1} indicatorId={15} onClose={vi.fn()} />,
    );
    await screen.findByRole('textbox', { name: '指标名称（中文）' });
    await userEvent.click(screen.getByRole('button', { name: '添加考核要点' }));
    await userEvent.click(screen.getByRole('button', { name: '添加量化指标' }));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('请输入考核要点，或删除此项')).toBeVisible();
    expect(screen.getAllByText('请输入名称')).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('says when the edition is frozen meanwhile, and offers a reload when it changed', async () => {
    let answer = problem(409, '培育标准已冻结', {
      detail: '该版本正被考核验收中的批次使用，不能修改',
    });
    mockApi({
      'GET /api/v1/frameworks/{frameworkId}': () => ({
        body: framework(),
        headers: { ETag: '"7"' },
      }),
      'PUT /api/v1/frameworks/{frameworkId}/indicators/{indicatorId}': () => answer,
    });
    renderWithProviders(
      <IndicatorFormModal open frameworkId={1} indicatorId={15} onClose={vi.fn()} />,
    );
    await screen.findByRole('textbox', { name: '指标名称（中文）' });
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('该版本正被考核验收中的批次使用，不能修改')).toBeVisible();

    answer = problem(412, '版本已过期');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const stale = await screen.findByRole('alert');
    await waitFor(() => {
      expect(stale).toHaveTextContent('该记录已被他人修改');
    });
    expect(within(stale).getByRole('button', { name: '重新加载' })).toBeVisible();
  });
});
