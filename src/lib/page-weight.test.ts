import { describe, expect, it } from 'vitest';
import { firstAnswerBytes, gz, pageWeight, scriptFiles } from './page-weight';

const files: Record<string, string> = {
  '/_astro/loader.js': 'const m = () => import("./upgrade.js"); m();',
  '/_astro/upgrade.js': 'export const up = 1; import("./loader.js");',
  '/_astro/site.css': 'body{color:red}',
};
const read = (p: string) => files[p] ?? (() => { throw new Error(`no ${p}`); })();

describe('pageWeight', () => {
  const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"><script>quick()</script><script type="module" src="/_astro/loader.js"></script></head><body><article><div data-article-body><p>One two three.</p></div><section aria-labelledby="sources-heading">Sources here</section></article></body></html>';

  it('follows imports from script files, once each', () => {
    expect(scriptFiles(html, read)).toEqual(['/_astro/loader.js', '/_astro/upgrade.js']);
  });
  it('adds HTML, CSS and every script file, each compressed on its own', () => {
    const w = pageWeight(html, read);
    const scripts = gz(files['/_astro/loader.js']!) + gz(files['/_astro/upgrade.js']!);
    expect(w.total).toBe(gz(html) + gz(files['/_astro/site.css']!) + scripts);
    expect(w.js).toBe(gz('quick()') + scripts);
    expect(w.chrome).toBeLessThan(w.total);
  });
  it('counts only the words of the article body', () => {
    expect(pageWeight(html, read).words).toBe(3);
    expect(pageWeight('<html><body><p>No article</p></body></html>', read)).toMatchObject({ words: 0, chrome: null });
  });
});

import { explainerWeight } from './page-weight';
describe('explainerWeight', () => {
  it('measures the explainer on its own and keeps its text out of the word count', () => {
    const page = '<html><body><article><div data-article-body><p>Four words are here.</p><style>x{}</style><tolerance-explainer><p>many hidden words of every situation</p></tolerance-explainer></div></article></body></html>';
    const w = explainerWeight(page, read);
    expect(w.markup).toBeGreaterThan(0);
    expect(w.js).toBe(0);
    expect(pageWeight(page, read).words).toBe(4);
    expect(explainerWeight('<p>none</p>', read)).toEqual({ markup: 0, js: 0 });
  });
});

describe('firstAnswerBytes', () => {
  it('measures up to the end of In short, or of the overdose steps when they come later', () => {
    const tail = '<p>' + 'A long article body with many different words '.repeat(400) + '</p>';
    const page = `<html><body><h1>T</h1><section data-in-short><ul><li>one</li></ul></section>${tail}</body></html>`;
    const withSteps = page.replace('</section>', '</section><section data-overdose-steps><ol><li>Call 911</li></ol></section>');
    expect(firstAnswerBytes(page)).toBeGreaterThan(0);
    expect(firstAnswerBytes(page)!).toBeLessThan(gz(page) / 2);
    expect(firstAnswerBytes(withSteps)!).toBeGreaterThan(firstAnswerBytes(page)!);
    expect(firstAnswerBytes('<p>no answer here</p>')).toBeNull();
  });
});
