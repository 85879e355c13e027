import { describe, expect, it } from 'vitest';
import { citationNumber, formatSource, sourceHref } from './citations';
import { isOverdue } from './review';
import { aliasClashes } from './glossary';

describe('citations', () => {
  const ctx = { file: 'content/guides/x.mdx', sources: ['a', 'b'] };
  it('numbers a citation by its place in the sources list', () => {
    expect(citationNumber(ctx, 'b')).toBe(2);
  });
  it('fails naming the file and the key when a cited key is not listed', () => {
    expect(() => citationNumber(ctx, 'c')).toThrow(/content\/guides\/x\.mdx: <Cite id="c" \/>.*frontmatter "sources"/);
  });
  it('links DOIs through the resolver', () => {
    expect(sourceHref({ title: 't', year: 2000, doi: '10.1/x' })).toBe('https://doi.org/10.1/x');
    expect(formatSource({ authors: 'A B', title: 'T', journal: 'J 2000;1:2', year: 2000 })).toBe('A B. T. J 2000;1:2.');
  });
});

describe('review dates', () => {
  it('is overdue only after the due day', () => {
    const due = new Date('2027-01-10');
    expect(isOverdue(due, new Date('2027-01-10T23:00:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2027-01-11T00:00:01Z'))).toBe(true);
  });
});

describe('glossary aliases', () => {
  it('reports an alias used by two terms', () => {
    const entries = [
      { id: 'buprenorphine', data: { term: 'Buprenorphine', aliases: ['subs'] } },
      { id: 'suboxone', data: { term: 'Suboxone', aliases: ['Subs'] } },
    ];
    expect(aliasClashes(entries)).toEqual(['"Subs" is used by both buprenorphine and suboxone']);
  });
});

import { byOrder } from './articles';
describe('listing order', () => {
  it('puts ordered pages first, then the rest by title', () => {
    const e = (title: string, order?: number) => ({ data: { title, order } });
    const sorted = [e('Zeta'), e('Beta', 2), e('Alpha'), e('Gamma', 1)].sort(byOrder).map((x) => x.data.title);
    expect(sorted).toEqual(['Gamma', 'Beta', 'Alpha', 'Zeta']);
  });
});
