// Step 1 of the post-build pipeline: what the site writes into the built files. _redirects for
// the host, a standard refresh value on redirect pages, the slash on links to pages, print
// addresses on links, each page's CSP trimmed to the hashes of its own inline code, and that
// policy into _headers. Writes only: the checks read the result (src/build/site-checks.ts).
import { appendFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { BuiltPage } from './built-site';
import { redirectsFile, validRefresh } from '../lib/redirects';
import { addPrintUrls } from '../lib/print-urls';
import { slashPageLinks } from '../lib/page-links';
import { headerBlock, pageCsp, trimCspHashes } from '../lib/security-headers';

const sha256Base64 = (s: string) => createHash('sha256').update(s).digest('base64');

export function rewriteSite(out: string, pages: BuiltPage[], files: ReadonlySet<string>, redirects: Record<string, string>, site: string): void {
  // Each language's "not found" page, where hosts look for it: /es/404.html beside the root
  // 404.html (Cloudflare Pages uses the nearest one; Netlify follows the _redirects rule).
  const notFound = pages.map((p) => /^\/([a-z]{2})\/404\/$/.exec(p.path)?.[1]).filter((l): l is string => Boolean(l));
  for (const lang of notFound) copyFileSync(join(out, lang, '404', 'index.html'), join(out, lang, '404.html'));
  writeFileSync(join(out, '_redirects'), redirectsFile(redirects) + notFound.map((l) => `/${l}/*  /${l}/404.html  404\n`).join(''));
  const isPage = (path: string) => files.has(`${path}index.html`);
  for (const page of pages) {
    const html = trimCspHashes(validRefresh(addPrintUrls(slashPageLinks(page.html, isPage), site)), sha256Base64);
    if (html !== page.html) writeFileSync(page.file, (page.html = html));
  }
  // Each page's hash-based CSP goes into _headers too, with frame-ancestors added.
  const blocks = pages.flatMap((p) => {
    const csp = pageCsp(p.html);
    return csp ? [headerBlock(p.path, csp)] : [];
  });
  appendFileSync(join(out, '_headers'), `\n${blocks.join('\n')}`);
}
