import { describe, expect, it } from 'vitest';
import { coreQuery } from './query';

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
