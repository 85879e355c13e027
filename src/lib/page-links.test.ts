import { describe, expect, it } from 'vitest';
import { slashPageLinks } from './page-links';

const pages = new Set(['/help/', '/guides/naloxone/', '/go/narcan/']);
const isPage = (p: string) => pages.has(p);

describe('links to pages end in a slash', () => {
  it('adds the slash to a page link, keeping its anchor or query', () => {
    expect(slashPageLinks('<a href="/guides/naloxone">x</a> <a href="/help#helplines">y</a> <a href="/help?x=1">z</a>', isPage)).toBe('<a href="/guides/naloxone/">x</a> <a href="/help/#helplines">y</a> <a href="/help/?x=1">z</a>');
  });
  it('leaves files, links that already end in a slash, other sites and unknown paths alone', () => {
    const html = '<a href="/rss.xml">a</a> <a href="/help/">b</a> <a href="https://findtreatment.gov">c</a> <a href="/nowhere">d</a> <link href="/favicon.svg"> <a href="#top">e</a> <a href="/">f</a>';
    expect(slashPageLinks(html, isPage)).toBe(html);
  });
});
