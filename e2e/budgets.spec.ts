// Size budgets on the built files: every byte counts on an old phone with little data.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { sitemapPaths } from './pages';
import { explainerWeight, gz, pageWeight, scriptFiles } from '../src/lib/page-weight';
import { PRECACHE_LIMIT } from '../src/integrations/service-worker';

const read = (sitePath: string) => readFileSync(`dist${sitePath}`, 'utf8');
const html = (path: string) => read(`${path}index.html`);
const weight = (path: string) => pageWeight(html(path), read);
const KB = 1024;

const articles = sitemapPaths().filter((p) => /^\/(guides|warning-signs|stories)\/[^/]+\/$/.test(p));

for (const path of articles) {
  test(`${path} fits the first round trip`, () => {
    const w = weight(path);
    // A page that hosts the tolerance explainer is measured without it: the explainer has
    // budgets of its own (below), and the article around it must still fit.
    const island = explainerWeight(html(path), read);
    expect(w.chrome! - island.js, 'chrome, CSS and JS').toBeLessThanOrEqual(8 * KB);
    expect(w.words, 'body words').toBeGreaterThan(300);
    if (w.words <= 1500) expect(w.total - island.markup - island.js, `whole page (${w.words} words)`).toBeLessThanOrEqual(14 * KB);
  });
}

test('JavaScript on a page without the explainer or search stays under 1.5 KB compressed', () => {
  for (const path of ['/', '/guides/naloxone/', '/help/', '/stories/clinic-too-far/']) {
    expect(weight(path).js, path).toBeLessThanOrEqual(1.5 * KB);
  }
});

test('the tolerance explainer: its own JS at most 3 KB, a page with it at most 4.5 KB compressed', () => {
  for (const path of ['/tools/tolerance/', '/guides/lost-tolerance/']) {
    const own = scriptFiles(html(path), read).filter((f) => /\/(ToleranceExplainer|tolerance-upgrade)[^/]*\.js$/.test(f));
    expect(own.length, `${path} loads the loader and the upgrade`).toBe(2);
    expect(own.reduce((sum, f) => sum + gz(read(f)), 0)).toBeLessThanOrEqual(3 * KB);
    expect(explainerWeight(html(path), read).js).toBe(own.reduce((sum, f) => sum + gz(read(f)), 0));
    expect(weight(path).js, path).toBeLessThanOrEqual(4.5 * KB);
    // Its markup carries every situation's message for readers without JavaScript.
    expect(explainerWeight(html(path), read).markup, `${path} explainer markup`).toBeLessThanOrEqual(4 * KB);
  }
});

test('the stylesheet is inlined: no render-blocking CSS request', () => {
  for (const path of ['/', '/guides/naloxone/']) expect(html(path)).not.toMatch(/<link rel="stylesheet"/);
});

test('the offline core is the emergency pages and search, under 1 MB, whatever the size of the site', () => {
  const sw = read('/sw.js');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  for (const core of ['help/index.html', 'guides/naloxone/index.html', 'warning-signs/overdose-signs/index.html', 'tools/tolerance/index.html', 'offline/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json']) {
    expect(urls.map((u) => u.replace(/^\//, ''))).toContain(core);
  }
  // Other guides and stories are saved as they are read, not up front.
  expect(urls.filter((u) => /^\/?(guides|warning-signs|stories)\//.test(u))).toHaveLength(3);
  const bytes = urls.reduce((sum, u) => sum + statSync(`dist/${u.replace(/^\//, '')}`).size, 0);
  expect(bytes).toBeLessThan(PRECACHE_LIMIT);
});

test('no font files: system fonts only', () => {
  const all = readdirSync('dist', { recursive: true }) as string[];
  expect(all.filter((f) => /\.(woff2?|ttf|otf)$/.test(f))).toEqual([]);
});
