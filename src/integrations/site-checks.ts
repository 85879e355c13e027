// After the build: every link and #anchor resolves, every published URL still resolves (a
// renamed page needs a redirect). It also writes _redirects, the per-page CSP into _headers
// (each page's policy trimmed to the hashes of its own inline code), and print addresses into links. Failing fails the build.
import type { AstroIntegration } from 'astro';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtSite } from '../build/built-site';
import { checkLinks } from '../lib/link-check';
import { checkPublished, parseList } from '../lib/published-urls';
import { redirectsFile, validRefresh } from '../lib/redirects';
import { addPrintUrls } from '../lib/print-urls';
import { headerBlock, pageCsp, trimCspHashes } from '../lib/security-headers';
import { createHash } from 'node:crypto';

const sha256Base64 = (s: string) => createHash('sha256').update(s).digest('base64');

export const PUBLISHED_LIST = 'content/published-urls.txt';

/** Addresses a reader can open: pages (not the 404 page) and redirects. */
export function publicAddresses(pages: { path: string }[]): Set<string> {
  return new Set(pages.map((p) => p.path).filter((p) => p !== '/404.html' && p !== '/404/'));
}

export default function siteChecks({ redirects }: { redirects: Record<string, string> }): AstroIntegration {
  let site = '';
  return {
    name: 'after-a-break:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_redirects'), redirectsFile(redirects));
        const { files, pages } = builtSite(out);
        // Printed pages show where links go, and redirect pages get a standard refresh value;
        // the checks below then read the final HTML.
        for (const page of pages) {
          const html = trimCspHashes(validRefresh(addPrintUrls(page.html, site)), sha256Base64);
          if (html !== page.html) writeFileSync(page.file, (page.html = html));
        }
        const errors: string[] = [];

        // Each page's hash-based CSP goes into _headers too, with frame-ancestors added.
        const blocks = pages.flatMap((p) => {
          const csp = pageCsp(p.html);
          if (!csp && !p.html.includes('http-equiv="refresh"')) errors.push(`${p.path} has no Content-Security-Policy meta tag`);
          return csp ? [headerBlock(p.path, csp)] : [];
        });
        appendFileSync(join(out, '_headers'), `\n${blocks.join('\n')}`);

        if (process.env.SKIP_SITE_CHECKS) {
          logger.warn('SKIP_SITE_CHECKS is set: CSP tags, links and published URLs were not checked');
          return;
        }
        for (const p of checkLinks(pages, files)) errors.push(`broken link on ${p.page}: ${p.href} (${p.problem})`);
        const listed = parseList(readFileSync(PUBLISHED_LIST, 'utf8'));
        const { gone, unlisted } = checkPublished(listed, publicAddresses(pages));
        for (const url of gone) errors.push(`${PUBLISHED_LIST}: ${url} was published but no longer resolves. If the page moved, add "${url}: /new/path/" to content/redirects.yaml.`);
        for (const url of unlisted) errors.push(`${url} is a new address not yet in ${PUBLISHED_LIST}: run "npm run urls:update" and commit the list.`);

        if (errors.length) throw new Error(`Site checks failed:\n  ${errors.join('\n  ')}`);
        logger.info(`${pages.length} pages: every link resolves; all ${listed.length} published URLs resolve`);
      },
    },
  };
}
