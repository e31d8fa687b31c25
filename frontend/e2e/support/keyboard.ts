import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40, backwards = false) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * The focused element shows that it has the focus: it matches :focus-visible, and its outline,
 * box shadow or border (or that of a wrapper up to three levels up) differs from the unfocused look.
 */
export async function expectFocusVisible(page: Page) {
  const result = await page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { ok: false, why: 'no focus' };
    if (!el.matches(':focus-visible'))
      return { ok: false, why: `${el.outerHTML.slice(0, 120)} is not :focus-visible` };
    const chain: HTMLElement[] = [];
    for (let n: HTMLElement | null = el; n && chain.length < 4; n = n.parentElement) chain.push(n);
    const look = () =>
      chain.map((n) => {
        const s = getComputedStyle(n);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor].join(
          '|',
        );
      });
    const focused = look();
    const active = el;
    active.blur();
    const unfocused = look();
    active.focus({ focusVisible: true } as FocusOptions);
    const differs = focused.some((f, i) => f !== unfocused[i]);
    return {
      ok: differs,
      why: differs ? '' : `${el.outerHTML.slice(0, 120)} looks the same focused`,
    };
  });
  expect(result.ok, result.why).toBe(true);
}
