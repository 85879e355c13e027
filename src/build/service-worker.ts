// Generates the service worker at the end of the build (workbox-build's generateSW). A small,
// fixed core is precached whatever the size of the site: the help page, the overdose and
// naloxone pages, the tolerance explainer, the offline page, and the search engine with its
// entry files. Every other page, and every search chunk, is kept once it has been read.
import type { AstroIntegrationLogger } from 'astro';
import { generateSW } from 'workbox-build';
import { LANG_INFO, LANGS, type Lang } from '../i18n/lang';
import { staticHref } from '../i18n/twins';
import { vocabularyPath } from './search-index';
import { pageIn, type ContentIndex } from './content-index';

/** A core page's address in a language: static pages from the twins table, articles from their translation. */
function corePagesIn(content: ContentIndex, lang: Lang): Record<string, string> {
  return Object.fromEntries(
    CORE_PAGES.map((p) => {
      if (!/^\/(guides|warning-signs)\//.test(p)) return [p, staticHref(p, lang)];
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

/**
 * Step 4 of the post-build pipeline: one service worker per language. `budget` is 'fail' in every
 * real build; the scaling benchmark, which builds thousands of synthetic pages on purpose, warns.
 */
export async function writeServiceWorkers(out: string, content: ContentIndex, logger: AstroIntegrationLogger, budget: 'fail' | 'warn'): Promise<void> {
  // One worker per language, each controlling its own pages: a Spanish reader saves the
  // Spanish core, not both.
  for (const lang of LANGS) {
    const corePages = corePagesIn(content, lang);
    const { file } = workerPath(lang);
    const { count, size, warnings } = await generateSW({
      globDirectory: out,
      globPatterns: precachePatterns(lang, corePages),
      swDest: `${out}${file}`,
      // Pages are precached by their clean URL (/guides/naloxone/), as readers open them.
      directoryIndex: 'index.html',
      inlineWorkboxRuntime: true,
      mode: 'production',
      sourcemap: false,
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      cacheId: `after-a-break-${lang}`,
      // Precache entries are relative to the worker's own address; /es/sw.js would look for
      // /es/es/…: make every entry an absolute path from the site's root.
      modifyURLPrefix: { '': '/' },
      maximumFileSizeToCacheInBytes: 512 * 1024,
      // Pagefind adds ?ts=… to its entry file, and searches are /search/?q=…: both are the same cached file.
      ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
      // Fingerprinted assets need no revision; everything else is revisioned by content.
      dontCacheBustURLsMatching: /^_astro\//,
      runtimeCaching: [
        {
          // Search index chunks and result fragments: content-hashed names, kept once fetched,
          // so a search made once works again offline.
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
          handler: 'CacheFirst',
          options: { cacheName: 'search' },
        },
        {
          // Every page not in the core: network first, kept once read.
          urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
          handler: 'NetworkFirst',
          options: { cacheName: 'pages', networkTimeoutSeconds: 4, precacheFallback: { fallbackURL: `${corePages['/offline/']!}index.html` } },
        },
      ],
    });
    for (const w of warnings) logger.warn(w);
    if (size > PRECACHE_LIMIT) {
      const message = `Service worker (${lang}): precache is ${size} bytes, over the ${PRECACHE_LIMIT}-byte budget`;
      if (budget === 'warn') logger.warn(message);
      else throw new Error(message);
    }
    logger.info(`service worker ${file} precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
  }
}
