import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { districtPage } from '../testing/fixtures';
import { mockApi } from '../testing/mockApi';
import { renderApp } from '../testing/render';
import { CARE_MODE_STORAGE_KEY, careModeOn, reloadCareMode, setCareMode } from './careMode';
import { careTheme, theme, themeFor } from './theme';

afterEach(() => {
  setCareMode(false);
});

function renderDistricts() {
  mockApi({ 'GET /api/v1/districts': () => ({ body: districtPage([]) }) });
  return renderApp('/districts');
}

describe('elder-friendly mode (适老化模式)', () => {
  it('is switched in the header by a named toggle button that says whether it is pressed', async () => {
    renderDistricts();
    await screen.findByRole('heading', { level: 1, name: '县市区管理' });
    const toggle = screen.getByRole('button', { name: '长辈模式' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveAttribute('data-care-mode');

    await userEvent.click(toggle);

    expect(screen.getByRole('button', { name: '长辈模式' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(document.documentElement).toHaveAttribute('data-care-mode', 'on');
    expect(localStorage.getItem(CARE_MODE_STORAGE_KEY)).toBe('on');

    await userEvent.click(screen.getByRole('button', { name: '长辈模式' }));
    expect(document.documentElement).not.toHaveAttribute('data-care-mode');
    expect(localStorage.getItem(CARE_MODE_STORAGE_KEY)).toBeNull();
  });

  it('is reached and switched from the keyboard', async () => {
    renderDistricts();
    await screen.findByRole('heading', { level: 1, name: '县市区管理' });
    const toggle = screen.getByRole('button', { name: '长辈模式' });
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await userEvent.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  it('is remembered: a later visit starts in it', async () => {
    localStorage.setItem(CARE_MODE_STORAGE_KEY, 'on');
    reloadCareMode();
    expect(careModeOn()).toBe(true);
    renderDistricts();
    await screen.findByRole('heading', { level: 1, name: '县市区管理' });
    expect(screen.getByRole('button', { name: '长辈模式' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(document.documentElement).toHaveAttribute('data-care-mode', 'on');
  });

  it('is named in English too', async () => {
    renderDistricts();
    await userEvent.click(await screen.findByText('English'));
    expect(await screen.findByRole('button', { name: 'Large type' })).toBeInTheDocument();
  });

  it('sets 18 px type, 44 px controls and darker text through the theme', () => {
    expect(themeFor(false)).toBe(theme);
    const care = themeFor(true);
    expect(care.token?.fontSize).toBe(18);
    expect(care.token?.controlHeight).toBeGreaterThanOrEqual(44);
    expect(care.token?.colorText).toBe('#000000');
    // the normal theme's own tokens and component settings stay unless the mode replaces them
    expect(care.token?.fontFamily).toBe(theme.token?.fontFamily);
    expect(care.components?.Layout).toEqual(theme.components?.Layout);
    expect(care.components?.Descriptions?.labelColor).toBe(
      careTheme.components?.Descriptions?.labelColor,
    );
  });
});
