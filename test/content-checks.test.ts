import { describe, expect, it } from 'vitest';
import { runChecks } from '../scripts/check-content';
import { fixtureContent } from './fixture-content';

const bad = runChecks(fixtureContent('test/fixtures/bad-content'), new Date('2026-11-29'));
const messagesFor = (rule: string) => bad.findings.filter((f) => f.rule === rule);

describe('content checks on a fixture that breaks every rule', () => {
  const file = 'test/fixtures/bad-content/guides/broken.mdx';

  it('flags a stigmatising word with its line and the suggested wording', () => {
    expect(messagesFor('words-matter')).toContainEqual(
      expect.objectContaining({ file, line: 13, severity: 'error', message: expect.stringMatching(/^"addict": write person who uses drugs/) }),
    );
  });
  it('flags "safe" about using', () => {
    expect(messagesFor('words-matter')).toContainEqual(expect.objectContaining({ file, line: 21, message: expect.stringMatching(/^"safe": write "safer"/) }));
  });
  it('honours an explicit allow marker, and only for the word it names', () => {
    expect(messagesFor('words-matter').filter((f) => f.line === 25)).toEqual([]);
  });
  it('lets the glossary quote only the words its entry allows', () => {
    const g = messagesFor('words-matter').filter((f) => f.file.endsWith('glossary.yaml'));
    expect(g.map((f) => f.message.split(':')[0])).toEqual(['"clean"']);
  });
  it('flags a typed phone number', () => {
    expect(messagesFor('typed-phone-number')).toEqual([expect.objectContaining({ file, line: 15 })]);
  });
  it('flags "days until tolerance is gone" phrasing', () => {
    expect(messagesFor('tolerance-days')).toEqual([expect.objectContaining({ file, line: 17 })]);
  });
  it('flags a dose addressed to the reader', () => {
    expect(messagesFor('dose-instruction')).toEqual([expect.objectContaining({ file, line: 19 })]);
  });
  it('flags a page about using after a break that lacks the safety steps', () => {
    expect(messagesFor('safety-steps')).toEqual([expect.objectContaining({ file, message: expect.stringContaining('<SafetySteps />') })]);
  });
  it('flags too few sources and a cite key that does not resolve', () => {
    const c = messagesFor('citations').filter((f) => f.file === file);
    expect(c).toContainEqual(expect.objectContaining({ line: 23, message: 'cites "made-up-key", which is not in content/sources.yaml.' }));
    expect(c).toContainEqual(expect.objectContaining({ message: 'cites 2 source(s): guides need at least 3.' }));
    // <OverdoseSteps /> cites its own sources, which this page does not list.
    expect(c).toContainEqual(expect.objectContaining({ line: 27, message: 'cites "bobrow-2008" but the frontmatter "sources" list does not include it.' }));
  });
  it('reports sources that nobody cites', () => {
    expect(messagesFor('unused-source').map((f) => f.message)).toEqual(['source "orphan" is not cited by any page.']);
  });
  it('fails a page above grade 9 and names its longest sentence', () => {
    const r = messagesFor('reading-level');
    expect(r).toEqual([expect.objectContaining({ file: 'test/fixtures/bad-content/warning-signs/long-words.mdx', message: expect.stringMatching(/^reading level is grade \d+(\.\d)? \(limit 9\).*Longest sentence/) })]);
  });
  it('fails overdose steps that say to keep dosing "until they wake"', () => {
    expect(messagesFor('redose-until-awake')).toEqual([
      expect.objectContaining({ file, line: 29, severity: 'error', message: expect.stringMatching(/aim of naloxone is normal breathing/) }),
    ]);
  });
  it('fails a time-limited claim past its recheck date, and warns within 30 days of it', () => {
    const asOf = messagesFor('as-of').filter((f) => f.file === file);
    expect(asOf).toContainEqual(expect.objectContaining({ line: 31, severity: 'error', message: expect.stringMatching(/^this time-limited claim was due to be rechecked on 2026-06-01/) }));
    expect(asOf).toContainEqual(expect.objectContaining({ line: 33, severity: 'warning', message: expect.stringMatching(/rechecked by 2026-12-15 \(16 days left\)/) }));
  });
  it('fails an <AsOf> with no recheck date, and a date typed as plain words', () => {
    const asOf = messagesFor('as-of').filter((f) => f.file === file && f.severity === 'error');
    expect(asOf).toContainEqual(expect.objectContaining({ line: 35, message: expect.stringMatching(/needs recheck="YYYY-MM-DD"/) }));
    expect(asOf).toContainEqual(expect.objectContaining({ line: 37, message: expect.stringMatching(/dated in plain words/) }));
    expect(asOf).toHaveLength(3);
  });
  it('fails a step that moves on once they are "breathing", not breathing normally, in English and in Spanish', () => {
    expect(messagesFor('breathing-normally')).toEqual([
      expect.objectContaining({ file, line: 39, severity: 'error', message: expect.stringMatching(/breathing NORMALLY/) }),
      expect.objectContaining({ file: 'test/fixtures/bad-content/es/guides/rota.mdx', line: 17, severity: 'error', message: expect.stringMatching(/respirar CON NORMALIDAD/) }),
    ]);
  });
  it('fails a guide whose body does not open with what its reader can do now, in each language', () => {
    expect(messagesFor('answer-first')).toEqual([
      expect.objectContaining({ file, line: 11, severity: 'error', message: expect.stringMatching(/opens with "## What can I do now\?".*\(it opens with "## Is this fine\?"\)/) }),
      expect.objectContaining({ file: 'test/fixtures/bad-content/es/guides/rota.mdx', line: 13, message: expect.stringMatching(/"## ¿Qué puedo hacer ahora\?"/) }),
    ]);
  });
  it('warns when a translation has much less to say than its English page', () => {
    expect(messagesFor('translation').filter((f) => /words, \d+% of/.test(f.message))).toEqual([
      expect.objectContaining({ file: 'test/fixtures/bad-content/es/guides/rota.mdx', severity: 'warning', message: expect.stringMatching(/under 92%, part of the English page may be missing/) }),
    ]);
  });
  it('warns, but does not fail, on an overdue review date', () => {
    expect(messagesFor('review-date')).toEqual([expect.objectContaining({ file, severity: 'warning' })]);
  });
});

import { readFileSync } from 'node:fs';
import { citationFindings, componentCites } from '../src/build/content-checks';
describe('component citations', () => {
  it('are read from the components themselves', () => {
    const cites = componentCites({
      SafetySteps: readFileSync('src/components/SafetySteps.astro', 'utf8'),
      OverdoseSteps: readFileSync('src/components/OverdoseSteps.astro', 'utf8'),
      GetHelpBox: readFileSync('src/components/GetHelpBox.astro', 'utf8'),
    });
    expect(Object.fromEntries(cites)).toEqual({
      '<SafetySteps />': ['never-use-alone', 'fda-opioid-benzo-2016'],
      '<OverdoseSteps />': [
        'aha-dispatcher-cpr-2019', 'narcan-otc-steps', 'narcan-rx-label-2020', 'aha-2015-opioid', 'bobrow-2008', 'grunau-2025', 'amaducci-2023',
        'fda-xylazine-2022', 'penn-medetomidine-2025', 'southsound911-interpreters', 'morgan-county-911-interpreters',
      ],
    });
  });
});

describe('components a layout renders for a page', () => {
  it('count as cited, so an emergency page must list the overdose steps\' sources', () => {
    const components = new Map([['<OverdoseSteps />', ['narcan-label']]]);
    const registry = new Set(['a', 'b', 'c', 'narcan-label']);
    const missing = citationFindings('e.mdx', 'guides', ['a', 'b', 'c'], 'No steps in the body.', 10, registry, components, ['<OverdoseSteps />']);
    expect(missing).toContainEqual(expect.objectContaining({ line: 10, message: 'cites "narcan-label" but the frontmatter "sources" list does not include it.' }));
    const listed = citationFindings('e.mdx', 'guides', ['narcan-label', 'a', 'b', 'c'], 'No steps. <Cite id="a" /> <Cite id="b" /> <Cite id="c" />', 10, registry, components, ['<OverdoseSteps />']);
    expect(listed).toEqual([]);
  });
});
