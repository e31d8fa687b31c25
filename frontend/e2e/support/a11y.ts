import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Evaluated through the browser's debugging protocol, not added as a <script>: the SPA's
// Content-Security-Policy (script-src 'self') rightly refuses inline scripts.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html.slice(0, 300),
        failureSummary: n.failureSummary,
      })),
    }));
  });
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `[${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    at ${JSON.stringify(n.target)}\n      ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
          ),
        ...(v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Fails (softly) on any serious or critical violation, listing them readably; prints lesser ones. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Judge the page at rest: a pointer left over the button just clicked shows its hover colour,
  // and axe would otherwise measure contrast halfway through antd's colour transition.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  const violations = await axeViolations(page);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) {
    console.log(`axe (${what}), minor/moderate:\n${formatViolations(minor)}`);
  }
  // Soft: one page's violations do not hide the next page's; the test still fails.
  expect
    .soft(
      blocking.map((v) => `${v.id} (${v.impact ?? '?'}, ${v.nodes.length} elements)`),
      `axe on ${what}:\n${formatViolations(blocking)}\n`,
    )
    .toEqual([]);
}
