// npm run bench:search — search against the built site in headless Chromium:
// bytes fetched by a cold first query, keystroke-to-results time, and the rank of the right
// page for each query readers type. Measured here, never asserted in timed tests.
import { chromium } from '@playwright/test';
import { serve } from './static-server';
import { findChromium } from './browser.mjs';
import { QUERIES, QUESTIONS } from '../e2e/search-queries';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { server, url } = await serve('dist');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });

// 1. Cold first query: a fresh context, the search page loaded, then bytes from the first query on.
// Service workers blocked: their one-time background precache is not part of a query's cost.
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
let counting = false;
let bytes = 0;
const files: string[] = [];
// Requests from the page and from Pagefind's worker alike; sizes as sent over the wire.
context.on('requestfinished', async (req) => {
  if (!counting) return;
  const sizes = await req.sizes();
  const size = sizes.responseBodySize + sizes.responseHeadersSize;
  bytes += size;
  files.push(`${req.url().replace(url, '')} ${size}`);
});
await page.goto(`${url}/search/`);
await page.waitForLoadState('networkidle');
counting = true;
await page.locator('#q').pressSequentially('narcan');
await page.locator('[data-search-results] a[data-result]').first().waitFor();
await page.waitForLoadState('networkidle');
counting = false;
console.log(`Cold first query ("narcan"): ${(bytes / 1024).toFixed(1)} KB transferred in ${files.length} requests`);
for (const f of files) console.log(`   ${f}`);

// 2. Keystroke to rendered results, once loaded: the time from the last key to new results.
const timings: number[] = [];
for (let run = 0; run < RUNS; run++) {
  for (const q of Object.keys(QUERIES)) {
    await page.locator('#q').fill('');
    await page.waitForFunction(() => document.querySelector('[data-search-count]')?.hasAttribute('hidden'));
    const ms = await page.evaluate(async (query) => {
      const input = document.querySelector<HTMLInputElement>('#q')!;
      const list = document.querySelector('[data-search-results]')!;
      input.value = query;
      const start = performance.now();
      const done = new Promise<number>((resolve) => new MutationObserver((_m, obs) => { obs.disconnect(); resolve(performance.now() - start); }).observe(list, { childList: true }));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return done;
    }, q);
    timings.push(ms);
  }
}
console.log(`Keystroke to results: median ${median(timings).toFixed(0)} ms, slowest ${Math.max(...timings).toFixed(0)} ms over ${timings.length} searches (includes the page's 20 ms typing pause)`);

// 3. Ranks of the right page, and the hit rate (right page in the top three) per set.
for (const [name, set] of [['Keywords', QUERIES], ['Questions', QUESTIONS]] as const) {
  console.log(`\n${name}\n\n| query | rank of the right page | top result |\n|---|---|---|`);
  let hits = 0;
  for (const [q, expected] of Object.entries(set)) {
    await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
    await page.locator('[data-search-count]').waitFor();
    const hrefs = await page.locator('[data-search-results] a[data-result]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const rank = hrefs.findIndex((h) => expected.includes(h)) + 1;
    if (rank >= 1 && rank <= 3) hits++;
    console.log(`| ${q} | ${rank || 'not found'} | ${hrefs[0] ?? '-'} |`);
  }
  const n = Object.keys(set).length;
  console.log(`\n${name}: right page in the top three for ${hits} of ${n} (${Math.round((hits / n) * 100)}%)`);
}

await browser.close();
server.close();
