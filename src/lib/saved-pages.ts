// Which pages this phone has saved for offline reading: read from the service worker's caches
// in the browser (nothing leaves the phone). The pure parts are unit-tested.

/**
 * "/guides/naloxone/index.html?__WB_REVISION__=…" -> "/guides/naloxone/" when the page sits in
 * one of `folders` (one language's listings and tools: "/guides/", "/es/guias/"…); null otherwise.
 */
export function pagePath(url: string, origin: string, folders: readonly string[]): string | null {
  const u = new URL(url);
  if (u.origin !== origin) return null;
  const path = u.pathname.replace(/index\.html$/, '');
  return folders.some((f) => path.startsWith(f) && /^[^/]+\/$/.test(path.slice(f.length))) ? path : null;
}

/** A saved page's title without the site name. */
export function pageTitle(html: string, fallback: string): string {
  const t = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/\s*\|[^|]*$/, '').trim();
  return t ? t.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"') : fallback;
}

/** The parts of the browser's CacheStorage this reads (so tests can hand it a stand-in). */
export interface CacheStorageLike<R extends { url: string }> {
  keys(): Promise<string[]>;
  open(name: string): Promise<{ keys(): Promise<readonly R[]>; match(req: R): Promise<{ text(): Promise<string> } | undefined> }>;
}

export async function savedPages<R extends { url: string }>(storage: CacheStorageLike<R>, origin: string, folders: readonly string[]): Promise<{ path: string; title: string }[]> {
  const found = new Map<string, string>();
  for (const name of await storage.keys()) {
    const cache = await storage.open(name);
    for (const req of await cache.keys()) {
      const path = pagePath(req.url, origin, folders);
      if (!path || found.has(path)) continue;
      const res = await cache.match(req);
      found.set(path, pageTitle((await res?.text()) ?? '', path));
    }
  }
  return [...found].map(([path, title]) => ({ path, title })).sort((a, b) => a.title.localeCompare(b.title));
}
