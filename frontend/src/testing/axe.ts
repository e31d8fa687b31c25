import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core on the rendered document and fails on serious or critical violations.
 * jsdom does no layout, so colour contrast is left to the browser tests.
 */
export async function expectNoSeriousA11yViolations(root: Element = document.body): Promise<void> {
  const results = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  });
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.html).join('\n    ')}`);
  expect(serious).toEqual([]);
}
