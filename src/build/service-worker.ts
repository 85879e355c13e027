// Writes the service workers at the end of the build. A small, fixed core is precached whatever
// the size of the site: the help page, the overdose and naloxone pages, the tolerance explainer,
// the offline page, and the search engine with its entry files. Every other page, and every
// search chunk, is kept once it has been read (the routes are in sw/worker.ts).
// The worker is bundled once (esbuild, a few tens of milliseconds); each language's file is
// that bundle after one line naming its cache, its core and its offline page.
import type { AstroIntegrationLogger } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANG_INFO, LANGS, type Lang } from '../i18n/lang';
import { staticHref } from '../i18n/twins';
import { ARTICLE_COLLECTIONS, listingHref } from '../collections';
import { vocabularyPath } from '../search/vocabulary';
import { pageIn, type ContentIndex } from './content-index';

/** A core page's address in a language: static pages from the twins table, articles from their translation. */
function corePagesIn(content: ContentIndex, lang: Lang): Record<string, string> {
  return Object.fromEntries(
    CORE_PAGES.map((p) => {
      // An article (its address starts with a type's listing) is found by its translation.
      if (!ARTICLE_COLLECTIONS.some((type) => p.startsWith(listingHref(type, 'en')))) return [p, staticHref(p, lang)];
      const url = pageIn(content, p.slice(1, -1), lang);
      if (!url) throw new Error(`Service worker: ${p} has no ${lang} page for the offline core`);
      return [p, url];
    }),
  );
}

/** The core may not grow with the corpus: 1 MB, checked here and in the budget tests. */
export const PRECACHE_LIMIT = 1024 * 1024;

/** The pages of the offline core, named by their English address; each language saves its own. */
export const CORE_PAGES = ['/', '/help/', '/offline/', '/search/', '/guides/naloxone/', '/warning-signs/overdose-signs/', '/guides/lost-tolerance/', '/tools/tolerance/'];

/** Where a language's service worker is written and which pages it controls: /sw.js, /es/sw.js. */
export function workerPath(lang: Lang): { file: string; scope: string } {
  return { file: `${LANG_INFO[lang].prefix}/sw.js`, scope: `${LANG_INFO[lang].prefix}/` };
}

/** A language's offline core as glob patterns in dist/: its pages, its search index, the engine. */
export function precachePatterns(lang: Lang, corePages: Record<string, string>): string[] {
  const tag = LANG_INFO[lang].tag;
  return [
    ...CORE_PAGES.map((p) => `${corePages[p]!.slice(1)}index.html`),
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${tag}_*.pf_meta`,
    `pagefind/wasm.${tag}.pagefind`,
    vocabularyPath(lang),
    '_astro/*.js',
    'favicon.svg',
    'icon-192.png',
    'manifest.webmanifest',
  ];
}

/** One file of the offline core: its address from the site's root, and a hash of its content. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/**
 * The files the patterns name in dist/, in pattern order, each with an MD5 revision (a changed
 * file is fetched again; an unchanged one is not). A pattern that names no file is an error:
 * the offline core would be missing a page or the search engine.
 */
export function precacheManifest(out: string, patterns: string[]): { entries: PrecacheEntry[]; size: number } {
  const entries: PrecacheEntry[] = [];
  let size = 0;
  for (const pattern of patterns) {
    const files = globSync(pattern, { cwd: out }).sort();
    if (!files.length) throw new Error(`Service worker: the offline core pattern "${pattern}" names no file in ${out}`);
    for (const file of files) {
      const body = readFileSync(`${out}/${file}`);
      size += body.length;
      entries.push({ url: `/${file}`, revision: createHash('md5').update(body).digest('hex') });
    }
  }
  return { entries, size };
}

/** The worker's code, bundled with its Workbox modules, minified; it reads its settings from SW_CONFIG. */
export async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./sw/worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    // Workbox's development logging is dropped in a production bundle.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

/**
 * Step 4 of the post-build pipeline: one service worker per language. `budget` is 'fail' in every
 * real build; the scaling benchmark, which builds thousands of synthetic pages on purpose, warns.
 * `worker` is the bundle (bundleWorker), started by the pipeline before the steps that precede this one.
 */
export async function writeServiceWorkers(out: string, content: ContentIndex, logger: AstroIntegrationLogger, budget: 'fail' | 'warn', worker: Promise<string>): Promise<void> {
  const code = await worker;
  // One worker per language, each controlling its own pages: a Spanish reader saves the
  // Spanish core, not both.
  for (const lang of LANGS) {
    const corePages = corePagesIn(content, lang);
    const { file } = workerPath(lang);
    const { entries, size } = precacheManifest(out, precachePatterns(lang, corePages));
    const config = { cacheId: `after-a-break-${lang}`, precache: entries, offlinePage: `${corePages['/offline/']!}index.html` };
    writeFileSync(`${out}${file}`, `const SW_CONFIG=${JSON.stringify(config)};\n${code}`);
    if (size > PRECACHE_LIMIT) {
      const message = `Service worker (${lang}): precache is ${size} bytes, over the ${PRECACHE_LIMIT}-byte budget`;
      if (budget === 'warn') logger.warn(message);
      else throw new Error(message);
    }
    logger.info(`service worker ${file} precaches ${entries.length} files, ${(size / 1024).toFixed(0)} KB`);
  }
}
