// Pure, for the service worker (bundled) and its test.
/** A page's saved file: /guides/naloxone/, /guides/naloxone and /search/?q=… are each one index.html. */
export function pageFile(href: string): string {
  const { pathname } = new URL(href);
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  return /\/[^/.]+$/.test(pathname) ? `${pathname}/index.html` : pathname;
}
