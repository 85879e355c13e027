// The service worker's source, bundled once per build by src/build/service-worker.ts (esbuild).
// Each language's /sw.js is this bundle after one line that sets SW_CONFIG: its cache name, its
// offline core (url + revision) and its offline page. Workbox does the caching.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { pageFile } from './page-file';

interface WorkerConfig {
  cacheId: string;
  precache: { url: string; revision: string }[];
  offlinePage: string;
}
declare const SW_CONFIG: WorkerConfig;
declare const self: { skipWaiting(): Promise<void> };

setCacheNameDetails({ prefix: SW_CONFIG.cacheId });
self.skipWaiting();
clientsClaim();

// The offline core, saved at install: the emergency pages, the search engine, the offline page.
precache(SW_CONFIG.precache);
cleanupOutdatedCaches();

// Pages, core pages included: the network first, so a correction reaches a returning reader on
// the first view; after a short wait, or offline, the copy kept when it was last read, else the
// core's saved copy, else the language's offline page. (Served from the core first, a corrected
// naloxone page showed its old text until the second view.)
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new NetworkFirst({
    cacheName: 'pages',
    networkTimeoutSeconds: 3,
    plugins: [
      { cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await matchPrecache(pageFile(request.url))) ?? null },
      new PrecacheFallbackPlugin({ fallbackURL: SW_CONFIG.offlinePage }),
    ],
  }),
);

// Everything else in the core (the search engine, icons): content-hashed or fixed, from the cache.
// Pagefind adds ?ts=… to its entry file; each is the same saved file.
addRoute({ directoryIndex: 'index.html', ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/] });

// Search index chunks and result fragments: content-hashed names, kept once fetched, so a
// search made once works again offline.
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'), new CacheFirst({ cacheName: 'search' }));
