// Size budgets on the built files: every byte counts on an old phone with little data.
// They read dist/ and open no browser, so they run in Vitest after the build (`npm test`
// builds first); run `npm run build` before `npx vitest run test/budgets.test.ts`.
import { test, expect } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { sitemapPaths } from '../e2e/pages';
import { explainerWeight, firstAnswerBytes, gz, pageWeight, scriptFiles } from '../src/lib/page-weight';
import { PRECACHE_LIMIT } from '../src/build/service-worker';
import { ARTICLE_COLLECTIONS, ARTICLE_TYPES, everyCollection, listingHref } from '../src/collections';
import { langFromPath, type Lang } from '../src/i18n/lang';

/** The stories' folder in a language (/stories/, /es/historias/), from the registry. */
const storiesSegment = (lang: Lang) => ARTICLE_TYPES.stories.segment[lang];
const read = (sitePath: string) => readFileSync(`dist${sitePath}`, 'utf8');
/** Whether a precached file is an article page of a language (in any type's folder, from the registry). */
const articleIn = (url: string, lang: Lang) => ARTICLE_COLLECTIONS.some((type) => `/${url.replace(/^\//, '')}`.startsWith(listingHref(type, lang)));
const html = (path: string) => read(`${path}index.html`);
const weight = (path: string) => pageWeight(html(path), read);
const KB = 1024;

// Every article in every language, from the registry: /guides/x/, /es/guias/x/, …
const listings = everyCollection().map(({ type, lang }) => listingHref(type, lang));
const articles = sitemapPaths().filter((p) => listings.some((l) => p.startsWith(l) && p !== l));

for (const path of articles) {
  // Spanish runs about 15% longer than English: the same bytes hold the same page.
  const wordLimit = langFromPath(path) === 'en' ? 1200 : 1380;
  test(`${path} puts its first answer in the first round trip, and fits it whole when short`, () => {
    const w = weight(path);
    // A page that hosts the tolerance explainer is measured without it: the explainer has
    // budgets of its own (below), and the article around it must still fit.
    const island = explainerWeight(html(path), read);
    expect(w.chrome! - island.js, 'chrome, CSS and JS').toBeLessThanOrEqual(8 * KB);
    expect(w.words, 'body words').toBeGreaterThan(300);
    // Every guide and warning sign: the crisis bar, the title, "In short" and the overdose
    // steps arrive first. (A story opens with its content note and has no "In short".)
    const first = firstAnswerBytes(html(path));
    if (!path.includes(`/${storiesSegment(langFromPath(path))}/`)) expect(first, 'a guide has "In short"').not.toBeNull();
    if (first !== null) expect(first, 'up to the first answer').toBeLessThanOrEqual(14 * KB);
    // A short page arrives whole in the first round trip; a long one within two.
    if (w.words <= wordLimit) expect(w.total - island.markup - island.js, `whole page (${w.words} words)`).toBeLessThanOrEqual(14 * KB);
    expect(w.total - island.markup - island.js, `whole page (${w.words} words)`).toBeLessThanOrEqual(24 * KB);
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

test('every link to a page ends in its slash: no host redirect before the page, and the offline copy matches', () => {
  const bare: string[] = [];
  for (const path of sitemapPaths()) {
    for (const m of html(path).matchAll(/href="(\/[^"#?]*[^"#?/])(?:[#?][^"]*)?"/g)) {
      if (existsSync(`dist${m[1]}/index.html`)) bare.push(`${path} → ${m[1]}`);
    }
  }
  expect(bare).toEqual([]);
});

test('the stylesheet is inlined: no render-blocking CSS request', () => {
  for (const path of ['/', '/guides/naloxone/']) expect(html(path)).not.toMatch(/<link rel="stylesheet"/);
});

test('the offline core is the emergency pages and search, under 1 MB, whatever the size of the site', () => {
  const sw = read('/sw.js');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  for (const core of ['help/index.html', 'guides/naloxone/index.html', 'warning-signs/overdose-signs/index.html', 'tools/tolerance/index.html', 'offline/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'search-vocabulary.json']) {
    expect(urls.map((u) => u.replace(/^\//, ''))).toContain(core);
  }
  // Other guides and stories are saved as they are read, not up front; no Spanish page either.
  expect(urls.filter((u) => articleIn(u, 'en'))).toHaveLength(3);
  expect(urls.filter((u) => /^\/?es\//.test(u))).toEqual([]);
  const bytes = urls.reduce((sum, u) => sum + statSync(`dist/${u.replace(/^\//, '')}`).size, 0);
  expect(bytes).toBeLessThan(PRECACHE_LIMIT);
});

test('a Spanish reader saves the Spanish core, not the English one, under 1 MB', () => {
  const sw = read('/es/sw.js');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, ''));
  for (const core of ['es/index.html', 'es/ayuda/index.html', 'es/guias/naloxona/index.html', 'es/senales-de-alerta/senales-de-sobredosis/index.html', 'es/herramientas/tolerancia/index.html', 'es/sin-conexion/index.html', 'es/buscar/index.html', 'es/search-vocabulary.json', 'pagefind/pagefind.js', 'pagefind/wasm.es.pagefind']) {
    expect(urls).toContain(core);
  }
  // No English page, and not the English search index.
  expect(urls.filter((u) => u.endsWith('.html') && !u.startsWith('es/'))).toEqual([]);
  expect(urls.filter((u) => /pagefind\.en_|wasm\.en\./.test(u))).toEqual([]);
  expect(urls.filter((u) => articleIn(u, 'es'))).toHaveLength(3);
  const bytes = urls.reduce((sum, u) => sum + statSync(`dist/${u}`).size, 0);
  expect(bytes).toBeLessThan(PRECACHE_LIMIT);
});
