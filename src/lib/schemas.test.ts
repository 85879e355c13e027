import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES } from '../collections';
import { describeIssues, guideSchema, helplineSchema, sourceSchema, storySchema, telHref } from './schemas';

const keys = new Set(['sordo-2017', 'binswanger-2007']);
const guide = {
  title: 'Why using after a break can kill',
  summary: 'After a break your body cannot handle what it used to, and the old amount can stop your breathing.',
  topics: ['tolerance'],
  audience: ['people-who-use-drugs'],
  lastReviewed: '2026-11-29',
  nextReview: '2027-11-28',
  sources: ['sordo-2017'],
  inShort: ['One.', 'Two.', 'Three.'],
};

function problems(schema: { safeParse: (x: unknown) => { success: boolean; error?: unknown } }, data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : describeIssues(r.error as never);
}

describe('article schema', () => {
  it('accepts a well-formed guide', () => {
    expect(problems(guideSchema(keys), guide)).toEqual([]);
  });
  it('names the title field when the title is missing', () => {
    const { title: _t, ...rest } = guide;
    expect(problems(guideSchema(keys), rest)).toEqual([expect.stringMatching(/^title: title is required/)]);
  });
  it('rejects a summary longer than 160 characters', () => {
    expect(problems(guideSchema(keys), { ...guide, summary: 'a'.repeat(161) })).toEqual([
      expect.stringMatching(/^summary: summary must be at most 160 characters/),
    ]);
    expect(problems(guideSchema(keys), { ...guide, summary: 'a'.repeat(160) })).toEqual([]);
  });
  it('rejects nextReview before lastReviewed, and more than 12 months after', () => {
    expect(problems(guideSchema(keys), { ...guide, nextReview: '2026-01-01' })).toEqual(['nextReview: nextReview must be after lastReviewed']);
    expect(problems(guideSchema(keys), { ...guide, nextReview: '2027-11-30' })).toEqual([
      'nextReview: nextReview must be at most 12 months after lastReviewed',
    ]);
  });
  it('rejects an unknown source key and says where to add it', () => {
    expect(problems(guideSchema(keys), { ...guide, sources: ['sordo-2017', 'sordo-2071'] })).toEqual([
      'sources.1: unknown source key "sordo-2071": add it to content/sources.yaml or fix the spelling',
    ]);
  });
  it('requires at least one source for a guide', () => {
    expect(problems(guideSchema(keys), { ...guide, sources: [] })).toEqual(['sources: cite at least one source']);
  });
  it('rejects an unknown field (a typo) rather than dropping it', () => {
    expect(problems(guideSchema(keys), { ...guide, sumary: 'x' })).toEqual([expect.stringContaining('sumary')]);
  });
});

describe('story schema', () => {
  const story = { ...guide, inShort: undefined, kind: 'composite', contentNote: 'Mentions an overdose.' };
  delete (story as Record<string, unknown>).inShort;
  it('accepts a composite story without consent', () => {
    expect(problems(storySchema(keys), story)).toEqual([]);
  });
  it('rejects a contributed story without a consent record', () => {
    expect(problems(storySchema(keys), { ...story, kind: 'contributed' })).toEqual([
      'consent: a contributed story needs a consent record (date and how it was given)',
    ]);
  });
  it('rejects a composite story that carries a consent record', () => {
    expect(problems(storySchema(keys), { ...story, consent: { date: '2026-10-01', how: 'signed form' } })).toEqual([
      'kind: a composite story has no consent record: set kind to "contributed" or remove consent',
    ]);
  });
  it('accepts a contributed story with consent', () => {
    expect(problems(storySchema(keys), { ...story, kind: 'contributed', consent: { date: '2026-10-01', how: 'signed form' } })).toEqual([]);
  });
  it('requires a content note', () => {
    const { contentNote: _c, ...rest } = story;
    expect(problems(storySchema(keys), rest)[0]).toMatch(/^contentNote: contentNote is required/);
  });
});

describe('helpline schema', () => {
  const line = { name: 'Never Use Alone', shortName: 'NUA', number: '1-800-484-3731', how: ['call'], hours: 'Always', purpose: 'Stays on the line.', country: 'US', checkedOn: '2026-11-29' };
  it('accepts a well-formed helpline', () => {
    expect(problems(helplineSchema, line)).toEqual([]);
  });
  it.each(['(800) 484-3731', '18004843731', '1-800-484-373', '1-800-HELP-NOW'])('rejects the number %s', (number) => {
    expect(problems(helplineSchema, { ...line, number })).toEqual(['number: must be 3 digits (like 988) or written 1-800-555-0100']);
  });
  it('makes tel: links a phone can dial', () => {
    expect(telHref('1-800-484-3731')).toBe('tel:+18004843731');
    expect(telHref('988')).toBe('tel:988');
  });
});

describe('source schema', () => {
  it('needs a url or a doi', () => {
    expect(problems(sourceSchema, { title: 'T', journal: 'J', year: 2020 })).toEqual(['url: give a url or a doi (or both), or mark a printed book with book: true']);
    expect(problems(sourceSchema, { title: 'T', publisher: 'P', year: 1986, book: true })).toEqual([]);
    for (const url of ['https://pubmed.ncbi.nlm.nih.gov/?term=Gibson+Degenhardt', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=narcan', 'https://search.worldcat.org/search?q=Staying+Sober']) {
      expect(problems(sourceSchema, { title: 'T', journal: 'J', year: 2020, url }), url).toEqual(['url: url is a search page: point it at the item itself (its DOI, PubMed or agency page)']);
    }
    expect(problems(sourceSchema, { title: 'T', journal: 'J', year: 2020, url: 'https://pubmed.ncbi.nlm.nih.gov/20669601/' })).toEqual([]);
  });
  it('rejects a doi written as a link', () => {
    expect(problems(sourceSchema, { title: 'T', journal: 'J', year: 2020, doi: 'https://doi.org/10.1/x' })[0]).toMatch(/^doi:/);
  });
});

describe('rules from the registry and the corpus, held by the schema', () => {
  const keys = new Set(['a', 'b', 'c']);
  const english = new Set(['guides/naloxone', 'stories/clinic-too-far']);
  const page = { title: 'T', summary: 'A full sentence of summary.', topics: ['overdose'], audience: ['family'], lastReviewed: '2026-12-02', nextReview: '2027-12-01', sources: ['a', 'b'], inShort: ['x', 'y', 'z'] };
  it('a guide needs the registry\'s minimum of sources (the content check uses the same number)', () => {
    expect(ARTICLE_TYPES.guides.minSources).toBe(3);
    const issues = guideSchema(keys, null, ARTICLE_TYPES.guides.minSources).safeParse(page).error?.issues ?? [];
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['sources: cite at least 3 sources']);
    expect(guideSchema(keys, null, 3).safeParse({ ...page, sources: ['a', 'b', 'c'] }).success).toBe(true);
  });
  it('a related page that does not exist fails the entry, naming the field', () => {
    const issues = guideSchema(keys, null, 1, english).safeParse({ ...page, related: ['guides/naloxone', 'guides/nalaxone'] }).error?.issues ?? [];
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['related.1: related page "guides/nalaxone" does not exist']);
  });
  it('a translation names an English page of the same type, and its English hash', () => {
    const rule = { englishIds: english, collection: 'guides' };
    const ok = { ...page, translationOf: 'guides/naloxone', englishHash: '0123456789ab' };
    expect(guideSchema(keys, rule).safeParse(ok).success).toBe(true);
    const wrongType = guideSchema(keys, rule).safeParse({ ...ok, translationOf: 'stories/clinic-too-far' }).error?.issues ?? [];
    expect(wrongType[0]?.message).toMatch(/same type/);
    const noHash = guideSchema(keys, rule).safeParse({ ...ok, englishHash: undefined }).error?.issues ?? [];
    expect(noHash[0]?.path).toEqual(['englishHash']);
    // An English page may not carry translation fields.
    expect(guideSchema(keys).safeParse(ok).success).toBe(false);
  });
});
