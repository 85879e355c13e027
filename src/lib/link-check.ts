// Checks every link in the built site: internal paths and #anchors must resolve, external
// links must be well-formed https. Pure: takes the built pages as { url path -> html }.

export interface Page { path: string; html: string }
export interface LinkProblem { page: string; href: string; problem: string }

const ATTR = /\s(?:href|src)="([^"]*)"/g;

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

function decode(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');
}

/** "/guides/x" and "/guides/x/" and "/guides/x/index.html" are the same page. */
export function pageKey(path: string): string {
  let p = path.replace(/index\.html$/, '');
  if (!p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p)) p += '/';
  return p;
}

export function checkLinks(pages: Page[], files: ReadonlySet<string>): LinkProblem[] {
  const byKey = new Map(pages.map((p) => [pageKey(p.path), p]));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (p: Page) => {
    let s = idCache.get(p.path);
    if (!s) idCache.set(p.path, (s = ids(p.html)));
    return s;
  };
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    for (const m of page.html.matchAll(ATTR)) {
      const href = decode(m[1]!);
      if (!href || /^(tel|sms|mailto|data):/.test(href)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) {
        if (!href.startsWith('https://')) problems.push({ page: page.path, href, problem: 'external links must use https://' });
        else {
          try {
            new URL(href);
          } catch {
            problems.push({ page: page.path, href, problem: 'not a well-formed URL' });
          }
        }
        continue;
      }
      const url = new URL(href, `http://site${page.path}`);
      const target = url.pathname === new URL(`http://site${page.path}`).pathname && href.startsWith('#') ? page : byKey.get(pageKey(url.pathname));
      if (!target) {
        if (!files.has(url.pathname) && !files.has(pageKey(url.pathname))) problems.push({ page: page.path, href, problem: 'no such page or file in the built site' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsOf(target).has(anchor)) problems.push({ page: page.path, href, problem: `the page exists but has no element with id="${anchor}"` });
    }
  }
  return problems;
}
