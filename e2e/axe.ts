// axe-core in the page, asking only for violations. @axe-core/playwright builds the full report
// (every pass and every inapplicable rule, with node details) and took 2.5 to 5 s a page here;
// the same rules, reporting violations only, take well under 1 s. The rules run are the same.
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's violations on the page (or inside `include`), one line each: "rule: target, target". */
export async function axeViolations(page: Page, options: { include?: string; tags?: string[] } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ include, tags }) => {
      type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
      const run = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe.run;
      const result = await run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    { include: options.include ?? null, tags: options.tags ?? WCAG_AA },
  );
}
