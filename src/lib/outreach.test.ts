import { describe, expect, it } from 'vitest';
import { printable, shortLinks, shortUrl, textMessage } from './outreach';

describe('outreach helpers', () => {
  it('reads the short links data file and covers the key pages', () => {
    const names = shortLinks().map((l) => l.name);
    for (const n of ['naloxone', 'tolerance', 'restart', 'bupe', 'methadone', 'withdrawal', 'help', 'signs', 'plan', 'stories']) expect(names).toContain(n);
  });
  it('prints short links without the scheme', () => {
    const url = shortUrl(new URL('https://example.org'), 'naloxone');
    expect(url).toBe('https://example.org/go/naloxone');
    expect(printable(url)).toBe('example.org/go/naloxone');
  });
  it('refuses a text message that would be 300 characters or more with its link', () => {
    expect(textMessage('Carry naloxone.', 'https://x.org/go/naloxone', 'f')).toBe('Carry naloxone. https://x.org/go/naloxone');
    expect(() => textMessage('a'.repeat(280), 'https://x.org/go/naloxone', 'content/guides/x.mdx')).toThrow(/content\/guides\/x\.mdx: textMessage plus its link is \d+ characters/);
  });
});
