// Step 2 of the post-build pipeline: what must be true of the built site. Every page has its
// CSP, every link and #anchor resolves, every published URL still resolves (a renamed page needs
// a redirect), and, unless the list is being updated, every page is in the published list.
// Reads only; the writers are in src/build/site-rewrite.ts.
import { readFileSync } from 'node:fs';
import type { BuiltPage } from './built-site';
import { checkLinks } from '../lib/link-check';
import { checkPublished, parseList } from '../lib/published-urls';
import { pageCsp } from '../lib/security-headers';

export const PUBLISHED_LIST = 'content/published-urls.txt';

/** Addresses a reader can open: pages (not the 404 pages) and redirects. */
export function publicAddresses(pages: { path: string }[]): Set<string> {
  return new Set(pages.map((p) => p.path).filter((p) => !/^(\/[a-z]{2})?\/404(\.html|\/)$/.test(p)));
}

export interface SiteCheckOptions {
  /** A page missing from content/published-urls.txt fails the build (off while `npm run urls:update` writes the list). */
  requireListedUrls: boolean;
}

/** Every problem found, one line each, naming the page and what to do. */
export function checkSite(pages: BuiltPage[], files: ReadonlySet<string>, { requireListedUrls }: SiteCheckOptions): { errors: string[]; listed: number } {
  const errors: string[] = [];
  for (const p of pages) {
    if (!pageCsp(p.html) && !p.html.includes('http-equiv="refresh"')) errors.push(`${p.path} has no Content-Security-Policy meta tag`);
  }
  for (const p of checkLinks(pages, files)) errors.push(`broken link on ${p.page}: ${p.href} (${p.problem})`);
  const listed = parseList(readFileSync(PUBLISHED_LIST, 'utf8'));
  const { gone, unlisted } = checkPublished(listed, publicAddresses(pages));
  for (const url of gone) errors.push(`${PUBLISHED_LIST}: ${url} was published but no longer resolves. If the page moved, add "${url}: /new/path/" to content/redirects.yaml.`);
  if (requireListedUrls) for (const url of unlisted) errors.push(`${url} is a new address not yet in ${PUBLISHED_LIST}: run "npm run urls:update" and commit the list.`);
  return { errors, listed: listed.length };
}
