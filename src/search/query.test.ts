import { describe, expect, it } from 'vitest';
import { coreQuery, weakMatch } from './query';

describe('coreQuery', () => {
  it.each([
    ['How long does tolerance last?', 'tolerance'],
    ['how much narcan do I give', 'narcan give'],
    ['can I go back on suboxone after using', 'go back suboxone after using'],
    ['What is a bridge clinic', 'bridge clinic'],
  ])('keeps what %s is about', (typed, core) => {
    expect(coreQuery(typed)).toBe(core);
  });
  it('keeps the whole query when every word is filler', () => {
    expect(coreQuery('how long')).toBe('how long');
  });
  it('leaves keyword queries alone', () => {
    expect(coreQuery('dope sick')).toBe('dope sick');
  });
});

describe('weakMatch', () => {
  it('calls a match weak when only a fragment of a typed word is marked', () => {
    expect(weakMatch(['searchaliasline <mark>t</mark> break'], 'trampoline')).toBe(true);
    expect(weakMatch(['nothing marked here'], 'anything')).toBe(true);
  });
  it('keeps real matches, short queries and stems', () => {
    expect(weakMatch(['how to use <mark>narcan</mark>'], 'narcan')).toBe(false);
    expect(weakMatch(['an <mark>od</mark> can'], 'od')).toBe(false);
    expect(weakMatch(['signs of an <mark>overdose</mark>'], 'overdosing')).toBe(false);
  });
});
