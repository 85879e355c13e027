import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, expandQuery, normalise, suggest, type SearchVocabulary } from './suggest';

const vocab: SearchVocabulary = {
  words: ['buprenorphine', 'naloxone', 'suboxone', 'methadone', 'withdrawal', 'tolerance', 'fentanyl', 'jail', 'sick'],
  aliases: { subs: 'buprenorphine', suboxone: 'buprenorphine', narcan: 'naloxone', 'dope sick': 'withdrawal', xanax: 'benzodiazepine', fent: 'fentanyl' },
};

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('naloxon', 'naloxone')).toBe(1);
    expect(editDistance('buprenorfine', 'buprenorphine')).toBe(2);
    expect(editDistance('methadnoe', 'methadone')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggest', () => {
  it.each([
    ['buprenorfine', 'buprenorphine'],
    ['naloxon', 'naloxone'],
    ['suboxen', 'suboxone'],
    ['Withdrawl', 'withdrawal'],
    ['tolerence after jail', 'tolerance after jail'],
  ])('offers a correction for %s', (typed, expected) => {
    expect(suggest(typed, vocab)).toBe(expected);
  });
  it('offers nothing for words it knows or short words', () => {
    expect(suggest('naloxone', vocab)).toBeNull();
    expect(suggest('the', vocab)).toBeNull();
    expect(suggest('', vocab)).toBeNull();
  });
  it('never swaps the first letter: "pink pills" is not a typo of "link pills"', () => {
    expect(suggest('pink pills', { words: ['link', 'pills'], aliases: {} })).toBeNull();
  });
  it('offers nothing when no known word is close', () => {
    expect(closestWord('zzzzzzzz', vocab.words)).toBeNull();
  });
});

describe('expandQuery', () => {
  it('maps slang and brand names to the glossary term', () => {
    expect(expandQuery('subs', vocab)).toEqual(['buprenorphine']);
    expect(expandQuery('Narcan', vocab)).toEqual(['naloxone']);
    expect(expandQuery('dope sick', vocab)).toEqual(['withdrawal']);
  });
  it('rewrites aliases inside a longer query', () => {
    expect(expandQuery('xanax and fent', vocab)).toEqual(['benzodiazepine and fentanyl', 'benzodiazepine', 'fentanyl']);
  });
  it('adds nothing for plain words', () => {
    expect(expandQuery('missed methadone', vocab)).toEqual([]);
  });
  it('normalises punctuation and case', () => {
    expect(normalise('  <b>Subs</b>?! ')).toBe('b subs b');
  });
});
