// Generates the service worker at the end of the build (workbox-build's generateSW). A small,
// fixed core is precached whatever the size of the site: the help page, the overdose and
// naloxone pages, the tolerance explainer, the offline page, and the search engine with its
// entry files. Every other page, and every search chunk, is kept once it has been read.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** The core may not grow with the corpus: 1 MB, checked here and in the budget tests. */
export const PRECACHE_LIMIT = 1024 * 1024;

export const PRECACHE_PATTERNS = [
  'index.html',
  'help/index.html',
  'offline/index.html',
  'search/index.html',
  'guides/naloxone/index.html',
  'warning-signs/overdose-signs/index.html',
  'guides/lost-tolerance/index.html',
  'tools/tolerance/index.html',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.en.pagefind',
  'search-vocabulary.json',
  '_astro/*.js',
  'favicon.svg',
  'icon-192.png',
  'manifest.webmanifest',
];

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'after-a-break:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          globPatterns: PRECACHE_PATTERNS,
          swDest: `${out}/sw.js`,
          // Pages are precached by their clean URL (/guides/naloxone/), as readers open them.
          directoryIndex: 'index.html',
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
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
              options: { cacheName: 'pages', networkTimeoutSeconds: 4, precacheFallback: { fallbackURL: '/offline/index.html' } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        if (size > PRECACHE_LIMIT) {
          const message = `Service worker: precache is ${size} bytes, over the ${PRECACHE_LIMIT}-byte budget`;
          // The scaling benchmark builds thousands of synthetic pages on purpose: warn there.
          if (process.env.SKIP_SITE_CHECKS) logger.warn(message);
          else throw new Error(message);
        }
        logger.info(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
