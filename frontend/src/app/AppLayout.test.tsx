import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, storedLanguage } from '../i18n';
import { districtPage } from '../testing/fixtures';
import { mockApi } from '../testing/mockApi';
import { renderApp } from '../testing/render';

describe('app shell', () => {
  it('switches the language of visible text, <html lang> and API requests, and remembers it', async () => {
    const { calls } = mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([]) }),
    });
    renderApp('/districts');
    expect(
      await screen.findByRole('heading', { level: 1, name: '县市区管理' }),
    ).toBeInTheDocument();
    expect(screen.getByText('扬州市就业富民乡村振兴基地培育管理系统')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');

    await userEvent.click(screen.getByText('English'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Districts' })).toBeInTheDocument();
    expect(screen.getByText('Yangzhou Rural Revitalization Base Programme')).toBeInTheDocument();
    expect(
      screen.getByRole('searchbox', { name: 'Search districts by name or code' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    // The next visit starts in the remembered language.
    expect(storedLanguage()).toBe('en');
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search districts by name or code' }),
      'Jiangdu',
    );
    await waitFor(() => {
      expect(calls.at(-1)!.headers.get('Accept-Language')).toBe('en');
    });
  });

  it('has banner, navigation and main landmarks and marks the current page', async () => {
    mockApi({
      'GET /api/v1/townships': () => ({ body: { items: [], page: 1, size: 20, total: 0 } }),
      'GET /api/v1/districts': () => ({ body: districtPage([]) }),
    });
    renderApp('/townships');
    expect(await screen.findByRole('heading', { level: 1, name: '乡镇管理' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '乡镇' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '县市区' })).not.toHaveAttribute('aria-current');
  });

  it('folds the navigation with a labelled toggle', async () => {
    mockApi({
      'GET /api/v1/districts': () => ({ body: districtPage([]) }),
      'GET /api/v1/townships': () => ({ body: { items: [], page: 1, size: 1, total: 0 } }),
    });
    renderApp('/');
    const toggle = await screen.findByRole('button', { name: '收起导航' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: '展开导航' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('link', { name: '乡镇' })).not.toBeInTheDocument();
  });

  it('answers unknown routes with a real 404 page', async () => {
    mockApi({});
    const app = renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: '页面不存在' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '返回首页' }));
    // The overview is loaded when first visited; the URL changes once it is there.
    await waitFor(() => {
      expect(app.location()).toBe('/');
    });
  });
});
