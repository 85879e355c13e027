// Size budgets on the built files: every byte counts on an old phone with little data.
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sitemapPaths } from './pages';

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const KB = 1024;

/** Everything the page loads at first: its HTML (stylesheet inlined) plus its scripts. */
function scriptsOf(page: string): string[] {
  const inline = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const external = [...page.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => readFileSync(`dist${m[1]}`, 'utf8'));
  return [...inline.filter(Boolean), ...external];
}

function articleText(page: string): string {
  const m = /<article[\s\S]*?<\/article>/.exec(page);
  return m ? m[0] : '';
}

/** Words in the article body (what an editor wrote), not the sources list or related links. */
function words(page: string): number {
  const start = page.indexOf('<div data-article-body>');
  const end = page.indexOf('<section aria-labelledby="sources-heading"', start);
  const body = start >= 0 ? page.slice(start, end > start ? end : undefined) : articleText(page);
  return body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
}

const articles = sitemapPaths().filter((p) => /^\/(guides|warning-signs|stories)\/[^/]+\/$/.test(p));

for (const path of articles) {
  test(`${path} fits the first round trip`, () => {
    const page = html(path);
    const css = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(`dist${m[1]}`, 'utf8')).join('');
    const total = gz(page) + (css ? gz(css) : 0);
    // The page's own article text removed: what is left is chrome, CSS and JS.
    const chrome = gz(page.replace(articleText(page), '<article></article>')) + (css ? gz(css) : 0);
    expect(chrome, 'chrome, CSS and JS').toBeLessThanOrEqual(8 * KB);
    const n = words(page);
    expect(n, 'body words').toBeGreaterThan(300);
    if (n <= 1500) expect(total, `whole page (${n} words)`).toBeLessThanOrEqual(14 * KB);
  });
}

test('JavaScript on a page without the explainer or search stays under 1.5 KB compressed', () => {
  for (const path of ['/', '/guides/naloxone/', '/help/', '/stories/clinic-too-far/']) {
    const js = scriptsOf(html(path)).join('\n');
    expect(gz(js), path).toBeLessThanOrEqual(1.5 * KB);
  }
});

test('the stylesheet is inlined: no render-blocking CSS request', () => {
  for (const path of ['/', '/guides/naloxone/']) expect(html(path)).not.toMatch(/<link rel="stylesheet"/);
});

test('the offline precache stays under 2 MB', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(30);
  const bytes = urls.reduce((sum, u) => sum + statSync(`dist/${u.replace(/^\//, '')}`).size, 0);
  expect(bytes).toBeLessThan(2 * 1024 * KB);
});

test('no font files: system fonts only', () => {
  const all = readdirSync('dist', { recursive: true }) as string[];
  expect(all.filter((f) => /\.(woff2?|ttf|otf)$/.test(f))).toEqual([]);
});

test('the tolerance explainer: its own JS at most 3 KB, the page with it at most 4.5 KB compressed', () => {
  const files = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
  const own = files.filter((f) => /^ToleranceExplainer|^tolerance-upgrade/.test(f));
  expect(own.length).toBe(2);
  const ownBytes = own.reduce((sum, f) => sum + gz(readFileSync(`dist/_astro/${f}`)), 0);
  expect(ownBytes).toBeLessThanOrEqual(3 * KB);
  for (const path of ['/tools/tolerance/', '/guides/lost-tolerance/']) {
    const page = html(path);
    expect(page).toContain('ToleranceExplainer');
    // Inline scripts (quick exit, offline support) plus the explainer's two files.
    const inline = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
    expect(gz(inline) + ownBytes, path).toBeLessThanOrEqual(4.5 * KB);
  }
});
