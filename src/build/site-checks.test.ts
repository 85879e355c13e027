import { describe, expect, it } from 'vitest';
import { checkSite, publicAddresses } from './site-checks';
import { readFileSync } from 'node:fs';
import { parseList } from '../lib/published-urls';

describe('site checks', () => {
  it('leaves the not-found pages, in every language, out of the published addresses', () => {
    expect([...publicAddresses([{ path: '/' }, { path: '/404.html' }, { path: '/es/404/' }, { path: '/es/' }, { path: '/go/x' }])]).toEqual(['/', '/es/', '/go/x']);
  });

  it('names a page missing from the published list only when the list is required', () => {
    const listed = parseList(readFileSync('content/published-urls.txt', 'utf8'));
    const csp = '<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">';
    const pages = [...listed.map((path) => ({ path, file: '', html: `<html><head>${csp}</head><body></body></html>` })), { path: '/guides/brand-new/', file: '', html: `<html><head>${csp}</head></html>` }];
    const files = new Set<string>();
    expect(checkSite(pages, files, { requireListedUrls: true }).errors).toEqual([
      '/guides/brand-new/ is a new address not yet in content/published-urls.txt: run "npm run urls:update" and commit the list.',
    ]);
    expect(checkSite(pages, files, { requireListedUrls: false }).errors).toEqual([]);
  });

  it('fails a page without its Content-Security-Policy', () => {
    const { errors } = checkSite([{ path: '/x/', file: '', html: '<html><body></body></html>' }], new Set(), { requireListedUrls: false });
    expect(errors).toContain('/x/ has no Content-Security-Policy meta tag');
  });
});
