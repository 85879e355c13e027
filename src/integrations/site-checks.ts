// After the build: every link and #anchor resolves, every published URL still resolves (a
// renamed page needs a redirect), and the _redirects file is written. Failing fails the build.
import type { AstroIntegration } from 'astro';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLinks, pageKey } from '../lib/link-check';
import { checkPublished, parseList } from '../lib/published-urls';
import { redirectsFile } from '../lib/redirects';
import { addPrintUrls } from '../lib/print-urls';
import { headerBlock, pageCsp } from '../lib/security-headers';

export const PUBLISHED_LIST = 'content/published-urls.txt';

export function builtSite(out: string) {
  const all = readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => '/' + relative(out, join(d.parentPath, d.name)).split(sep).join('/'));
  const pages = all.filter((f) => f.endsWith('.html')).map((f) => ({ path: pageKey(f), html: readFileSync(join(out, f), 'utf8') }));
  return { files: new Set(all), pages };
}

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
        for (const d of readdirSync(out, { withFileTypes: true, recursive: true })) {
          if (!d.isFile() || !d.name.endsWith('.html')) continue;
          const file = join(d.parentPath, d.name);
          writeFileSync(file, addPrintUrls(readFileSync(file, 'utf8'), site));
        }
        const { files, pages } = builtSite(out);
        const errors: string[] = [];

        // Each page's hash-based CSP goes into _headers too, with frame-ancestors added.
        const blocks = pages.flatMap((p) => {
          const csp = pageCsp(p.html);
          if (!csp && !p.html.includes('http-equiv="refresh"')) errors.push(`${p.path} has no Content-Security-Policy meta tag`);
          return csp ? [headerBlock(p.path, csp)] : [];
        });
        appendFileSync(join(out, '_headers'), `\n${blocks.join('\n')}`);

        for (const p of checkLinks(pages, files)) errors.push(`broken link on ${p.page}: ${p.href} (${p.problem})`);

        if (process.env.SKIP_SITE_CHECKS) {
          logger.warn('SKIP_SITE_CHECKS is set: links and published URLs were not checked');
          return;
        }
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
