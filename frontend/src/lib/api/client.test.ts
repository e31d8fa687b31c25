import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { mockApi, problem } from '../../testing/mockApi';
import { ApiError, api, etagOf, expectData, expectOk } from './client';

describe('api client', () => {
  it('turns application/problem+json into an ApiError with violations and request id', async () => {
    mockApi({
      'POST /api/v1/districts': () =>
        problem(400, '请求参数有误', {
          detail: '有 2 个字段未通过校验',
          violations: [
            { field: 'code', message: '必须是 6 位数字' },
            { field: 'name', message: '不能为空' },
          ],
        }),
    });
    const result = await api.POST('/api/v1/districts', {
      body: { code: '12', name: '', kind: 'COUNTY_LEVEL' },
    });
    let thrown: unknown;
    try {
      expectData(result);
    } catch (e: unknown) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    const error = thrown as ApiError;
    expect(error.status).toBe(400);
    expect(error.title).toBe('请求参数有误');
    expect(error.detail).toBe('有 2 个字段未通过校验');
    expect(error.requestId).toBe('req-400');
    expect(error.violations).toEqual([
      { field: 'code', message: '必须是 6 位数字' },
      { field: 'name', message: '不能为空' },
    ]);
  });

  it('falls back to the X-Request-Id header and the status text for a non-problem answer', async () => {
    mockApi({
      'DELETE /api/v1/districts/{districtId}': () => ({
        status: 502,
        text: 'Bad Gateway',
        headers: { 'X-Request-Id': 'edge-1', 'Content-Type': 'text/plain' },
      }),
    });
    const result = await api.DELETE('/api/v1/districts/{districtId}', {
      params: { path: { districtId: 3 } },
    });
    expect(() => {
      expectOk(result);
    }).toThrow(ApiError);
    try {
      expectOk(result);
    } catch (e: unknown) {
      expect(e).toMatchObject({ status: 502, requestId: 'edge-1', violations: [] });
    }
  });

  it('reports an unreachable server as status 0', async () => {
    const { vi } = await import('vitest');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(api.GET('/api/v1/districts', {})).rejects.toMatchObject({
      name: 'ApiError',
      status: 0,
      isNetworkError: true,
    });
  });

  it('sends Accept-Language from the UI language and reads the ETag', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts/{districtId}': () => ({
        body: {
          id: 1,
          code: '321002',
          name: '广陵区',
          kind: 'COUNTY_LEVEL',
          townshipCount: 0,
          version: 3,
          createdAt: '2026-01-01T00:00:00+08:00',
          updatedAt: '2026-01-01T00:00:00+08:00',
        },
        headers: { ETag: '"3"' },
      }),
    });
    const first = await api.GET('/api/v1/districts/{districtId}', {
      params: { path: { districtId: 1 } },
    });
    expect(etagOf(first.response)).toBe('"3"');
    await i18n.changeLanguage('en');
    await api.GET('/api/v1/districts/{districtId}', { params: { path: { districtId: 1 } } });
    expect(calls.map((c) => c.headers.get('Accept-Language'))).toEqual(['zh-CN', 'en']);
  });
});
