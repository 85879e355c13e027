// Checks on the real content, as the content layer holds it (after the schemas): the launch
// corpus keeps its slugs and its glossary. What each page shows a reader is checked in e2e.
import { describe, expect, it } from 'vitest';
import { contentFromAstro } from '../src/build/content-layer';
import { aliasClashes } from '../src/lib/glossary';
import { runChecks } from '../scripts/check-content';

const content = await contentFromAstro();
const articles = content.articles.filter((a) => a.lang === 'en');
const spanish = content.articles.filter((a) => a.lang === 'es');
const glossary = content.glossaries.en;
const spanishGlossary = content.glossaries.es;

const GUIDES = [
  'lost-tolerance', 'restarting-after-a-break', 'naloxone', 'buprenorphine-restart', 'methadone-restart', 'naltrexone',
  'moud-compared', 'opioid-withdrawal', 'benzodiazepines', 'restarting-prescribed-medicines', 'leaving-jail-detox-or-hospital',
  'talking-to-your-doctor', 'when-rehab-didnt-work', 'pain-and-recovery',
  // Added with the clinical-currency review (issue 12).
  'changing-drug-supply', 'mixing-other-drugs', 'after-an-overdose', 'pregnancy-and-after-birth', 'your-rights',
];
const WARNING_SIGNS = ['early-warning-signs', 'emotional-signs', 'thinking-about-using', 'triggers-and-high-risk-times', 'signs-for-family-and-friends', 'overdose-signs', 'relapse-prevention-plan'];
const STORIES = ['back-on-buprenorphine', 'rebuilding-after-losing-a-job', 'first-two-weeks-out', 'clinic-too-far', 'pain-after-surgery', 'naloxone-in-the-kitchen-drawer', 'in-person-peer-group', 'therapy-for-trauma',
  'still-using-still-here', 'new-baby-new-start'];

const slugs = (c: string) => articles.filter((a) => a.collection === c).map((a) => a.slug).sort();

describe('the launch corpus', () => {
  it('has every guide, warning sign and story at its published slug', () => {
    expect(slugs('guides')).toEqual([...GUIDES].sort());
    expect(slugs('warning-signs')).toEqual([...WARNING_SIGNS].sort());
    expect(slugs('stories')).toEqual([...STORIES].sort());
  });

  it('has at least 40 glossary terms, and every alias belongs to one term only', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    expect(aliasClashes(glossary.map((g) => ({ id: g.id, data: g })))).toEqual([]);
  });

  it('covers the slang and brand names readers type', () => {
    const owner = (alias: string) => glossary.find((g) => g.aliases.some((a) => a.toLowerCase() === alias))?.id;
    expect(owner('suboxone')).toBe('buprenorphine');
    expect(owner('subs')).toBe('buprenorphine');
    expect(owner('narcan')).toBe('naloxone');
    expect(owner('dope sick')).toBe('withdrawal');
    expect(owner('tranq')).toBe('xylazine');
    expect(owner('bars')).toBe('benzodiazepine');
    expect(owner('vivitrol')).toBe('naltrexone');
    expect(owner('brixadi shot')).toBe('brixadi');
    expect(owner('7-oh')).toBe('kratom');
    expect(owner('gabapentin')).toBe('gabapentinoids');
  });
});

describe('the Spanish edition', () => {
  const twins = new Map(spanish.map((a) => [String(a.data.translationOf), a]));
  it('has a Spanish twin for every English article: guides, warning signs and stories', () => {
    for (const a of articles) expect(twins.has(`${a.collection}/${a.slug}`), `${a.path} has no Spanish twin`).toBe(true);
  });
  it('translates each English page once, into the same type of page', () => {
    expect(twins.size).toBe(spanish.length);
    for (const a of spanish) expect(String(a.data.translationOf).startsWith(`${a.collection}/`), a.path).toBe(true);
  });
  it('keeps the citations of the English page it translates', () => {
    for (const a of spanish) {
      const english = articles.find((e) => `${e.collection}/${e.slug}` === a.data.translationOf)!;
      expect(a.data.sources, a.path).toEqual(english.data.sources);
      const cites = (body: string) => [...body.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(cites(a.body), a.path).toEqual(cites(english.body));
    }
  });
  it('has a Spanish glossary with the same terms, each alias belonging to one term only', () => {
    expect(spanishGlossary.map((g) => g.id)).toEqual(glossary.map((g) => g.id));
    expect(aliasClashes(spanishGlossary.map((g) => ({ id: g.id, data: g })))).toEqual([]);
  });
  it('knows the Spanish street words and names readers search for', () => {
    const words = new Set(spanishGlossary.flatMap((g) => [g.term, ...g.aliases]).map((w) => w.toLowerCase()));
    for (const w of ['chiva', 'fenta', 'tranq', 'malilla', 'naloxona', 'narcan', 'suboxone', 'metadona', 'buprenorfina', 'recaída', 'sobredosis']) {
      expect(words.has(w), w).toBe(true);
    }
  });
});

// The content checks over the same entries (one dev server for this file, not one per file).
describe('the real corpus, read through the content layer as `npm run check:content` reads it', () => {
  const real = runChecks({ root: 'content', ...content });
  it('passes every content check', () => {
    expect(real.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('still passes on January 1, 2027, and no dated claim falls due before February 2027', () => {
    for (const day of ['2027-01-01T00:00:00Z', '2027-02-01T12:00:00Z']) {
      const later = runChecks({ root: 'content', ...content }, new Date(day));
      expect(later.findings.filter((f) => f.severity === 'error'), day).toEqual([]);
    }
  });
  it('keeps English guides and warning signs at grade 9 or below', () => {
    const english = real.pages.filter((p) => p.type !== 'stories' && p.lang === 'en');
    expect(english.length).toBeGreaterThanOrEqual(26);
    for (const p of english) expect(p.reading.score, p.file).toBeLessThanOrEqual(9);
  });
  it('keeps every Spanish guide and warning sign "normal" or easier, and the median "bastante fácil"', () => {
    const spanish = real.pages.filter((p) => p.type !== 'stories' && p.lang === 'es');
    expect(spanish.length).toBeGreaterThanOrEqual(26);
    for (const p of spanish) expect(p.reading.score, p.file).toBeGreaterThanOrEqual(60);
    const sorted = spanish.map((p) => p.reading.score).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThanOrEqual(70);
  });
});
