import { describe, expect, it } from 'vitest';
import { excerptParts, readableExcerpt } from './excerpt';

describe('excerptParts', () => {
  it('splits marks from plain text and decodes entities', () => {
    expect(excerptParts('Call &amp; give <mark>naloxone</mark> now')).toEqual([
      { text: 'Call & give ', marked: false },
      { text: 'naloxone', marked: true },
      { text: ' now', marked: false },
    ]);
  });
  it('never yields markup: stray tags are dropped, escaped tags stay text', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <b>x</b>')).toEqual([{ text: '<img src=x onerror=alert(1)> x', marked: false }]);
  });
});

describe('readableExcerpt', () => {
  it('never shows the indexed alias line, falling back to a section excerpt', () => {
    const data = {
      excerpt: 'searchaliasline <mark>subs</mark>, bupe searchaliasline Yes, you can',
      sub_results: [
        { title: 'Top', url: '/g/', excerpt: 'searchaliasline <mark>subs</mark>' },
        { title: 'Can I?', url: '/g/#can', excerpt: 'Call your prescriber about <mark>subs</mark> today' },
      ],
    };
    expect(readableExcerpt(data)).toBe('Call your prescriber about <mark>subs</mark> today');
    expect(readableExcerpt({ excerpt: 'searchaliasline x', sub_results: [] })).toBe('');
    expect(readableExcerpt({ excerpt: 'plain <mark>words</mark>' })).toBe('plain <mark>words</mark>');
  });
});
