import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check';

const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });

describe('checkLinks', () => {
  const pages = [
    page('/guides/naloxone/', '<h2 id="steps">Steps</h2><a href="#steps">x</a><a href="/help/#quick-exit">x</a>'),
    page('/help/', '<h2 id="quick-exit">x</h2><a href="/guides/naloxone/">x</a><a href="tel:+18004843731">x</a>'),
  ];
  const files = new Set(['/favicon.svg']);

  it('accepts links and anchors that resolve', () => {
    expect(checkLinks(pages, files)).toEqual([]);
  });
  it('reports a link to a page that does not exist', () => {
    const problems = checkLinks([...pages, page('/x/', '<a href="/guides/naloxne/">typo</a>')], files);
    expect(problems).toEqual([{ page: '/x/', href: '/guides/naloxne/', problem: 'no such page or file in the built site' }]);
  });
  it('reports an anchor missing on the target page', () => {
    const problems = checkLinks([...pages, page('/y/', '<a href="/help/#helplines">x</a><a href="#nowhere">y</a>')], files);
    expect(problems.map((p) => p.href)).toEqual(['/help/#helplines', '#nowhere']);
  });
  it('requires external links to be https', () => {
    const problems = checkLinks([page('/z/', '<a href="http://example.org/">x</a><a href="https://example.org/ok">y</a>')], files);
    expect(problems).toEqual([{ page: '/z/', href: 'http://example.org/', problem: 'external links must use https://' }]);
  });
  it('accepts links to static files', () => {
    expect(checkLinks([page('/a/', '<link href="/favicon.svg"><img src="/missing.png">')], files).map((p) => p.href)).toEqual(['/missing.png']);
  });
});

import { addPrintUrls } from './print-urls';
describe('addPrintUrls', () => {
  it('adds absolute addresses to links inside main only', () => {
    const html = '<nav><a href="/help/">h</a></nav><main><a href="/guides/x/#y">x</a><a href="https://e.org/">e</a></main>';
    expect(addPrintUrls(html, 'https://site.org')).toBe('<nav><a href="/help/">h</a></nav><main><a href="/guides/x/#y" data-abs="https://site.org/guides/x/#y">x</a><a href="https://e.org/">e</a></main>');
  });
  it('leaves glossary terms alone, in every language', () => {
    const html = '<main><a href="/glossary/#opioid">o</a><a href="/es/glosario/#opioid">o</a><a href="/es/guias/x/">x</a></main>';
    expect(addPrintUrls(html, 'https://site.org')).toBe('<main><a href="/glossary/#opioid">o</a><a href="/es/glosario/#opioid">o</a><a href="/es/guias/x/" data-abs="https://site.org/es/guias/x/">x</a></main>');
  });
});
