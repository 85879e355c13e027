import { describe, expect, it } from 'vitest';
import { asOfFindings, asOfLabel, asOfWordFindings, parseDay } from './as-of';

const today = new Date('2026-12-02T15:00:00Z');
/** A recheck day six months before `today`. */
const PAST = '2026-06-01';
const tag = (date: string, recheck: string) => `Rule <AsOf date="${date}" recheck="${recheck}">text</AsOf>.`;

describe('AsOf', () => {
  it('renders the month and year the claim was checked', () => {
    expect(asOfLabel('2026-12-02')).toBe('as of December 2026');
    expect(asOfLabel('2025-01-31')).toBe('as of January 2025');
    expect(asOfLabel('2026-12-02', 'es')).toBe('datos de diciembre de 2026');
  });
  it('refuses dates that are not real days', () => {
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('12/02/2026')).toBeNull();
    expect(() => asOfLabel('2026-13-01')).toThrow(/YYYY-MM-DD/);
  });
  it('is quiet while the recheck date is more than 30 days away', () => {
    expect(asOfFindings('f.mdx', [tag('2026-12-02', '2027-06-01')], 1, today)).toEqual([]);
  });
  it('warns from 30 days before the recheck date, naming the line', () => {
    const f = asOfFindings('f.mdx', ['', tag('2026-12-02', '2026-12-31')], 10, today);
    expect(f).toEqual([expect.objectContaining({ file: 'f.mdx', line: 11, severity: 'warning', message: expect.stringContaining('29 days left') })]);
    expect(asOfFindings('f.mdx', [tag('2026-12-02', '2027-01-01')], 1, today)[0]?.severity).toBe('warning');
    expect(asOfFindings('f.mdx', [tag('2026-12-02', '2027-01-02')], 1, today)).toEqual([]);
  });
  it('still warns on the recheck day itself and fails the day after', () => {
    expect(asOfFindings('f.mdx', [tag('2026-11-01', '2026-12-02')], 1, today)[0]?.severity).toBe('warning');
    expect(asOfFindings('f.mdx', [tag('2026-11-01', '2026-12-01')], 1, today)[0]).toEqual(
      expect.objectContaining({ severity: 'error', rule: 'as-of', message: expect.stringContaining('2026-12-01') }),
    );
  });
  it('names the claim and its source when it fails', () => {
    // A claim whose recheck day is long past on this test's fixed clock.
    const expired = (claim: string) => `<AsOf date="2026-01-01" recheck="${PAST}">${claim}</AsOf>`;
    const after = `A rule: ${expired('flexibilities apply through <Term id="x">June</Term>')} <Cite id="dea-2025" />.`;
    expect(asOfFindings('f.mdx', [after], 1, today)[0]?.message).toMatch(/"flexibilities apply through June" \(source: dea-2025\)/);
    const inside = `${expired('work rules start <Cite id="cms-2026" />')}.`;
    expect(asOfFindings('f.mdx', [inside], 1, today)[0]?.message).toMatch(/"work rules start" \(source: cms-2026\)/);
    expect(asOfFindings('f.mdx', [expired('no source')], 1, today)[0]?.message).toMatch(/\(source: none cited/);
  });
  it('fails a recheck date that is not after the date checked', () => {
    expect(asOfFindings('f.mdx', [tag('2026-12-02', '2026-12-02')], 1, today)[0]?.message).toMatch(/must be after date/);
  });
  it('finds every tag on a line', () => {
    expect(asOfFindings('f.mdx', [`${tag('2026-01-01', '2026-02-01')} ${tag('2026-01-01', '2026-03-01')}`], 1, today)).toHaveLength(2);
  });
  it('flags "as of 2025" typed as words, but not inside an AsOf tag', () => {
    expect(asOfWordFindings('f.mdx', ['As of 2025, most states do.', 'As of March 2024 it changed.'], 1)).toHaveLength(2);
    expect(asOfWordFindings('f.mdx', ['<AsOf date="2026-12-02" recheck="2027-06-01">as of 2025 it was so</AsOf>.'], 1)).toEqual([]);
    expect(asOfWordFindings('f.mdx', ['Deaths rose as offers of care fell in 2025.'], 1)).toEqual([]);
  });
});
