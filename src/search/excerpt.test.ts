import { describe, expect, it } from 'vitest';
import { excerptParts } from './excerpt';

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
