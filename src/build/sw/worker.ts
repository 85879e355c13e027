// The service worker's source, bundled once per build by src/build/service-worker.ts (esbuild).
// Each language's /sw.js is this bundle after one line that sets SW_CONFIG: its cache name, its
// offline core (url + revision) and its offline page. Workbox does the caching.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';

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

// The offline core, saved at install. Pages are saved by their clean URL (/guides/naloxone/)
// as readers open them; Pagefind adds ?ts=… to its entry file, and searches are /search/?q=…:
// each is the same saved file. An address without its slash (/guides/naloxone, typed or linked
// from elsewhere) finds the same page: online the host would redirect it there.
precacheAndRoute(SW_CONFIG.precache, {
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/^ts$/, /^q$/, /^utm_/],
  urlManipulation: ({ url }) => (/\/[^/.]+$/.test(url.pathname) ? [new URL(`${url.pathname}/index.html`, url.href)] : []),
});
cleanupOutdatedCaches();

// Search index chunks and result fragments: content-hashed names, kept once fetched, so a
// search made once works again offline.
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'), new CacheFirst({ cacheName: 'search' }));

// Every page not in the core: network first, kept once read; never read and offline, the
// language's offline page.
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
  new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 4, plugins: [new PrecacheFallbackPlugin({ fallbackURL: SW_CONFIG.offlinePage })] }),
);
