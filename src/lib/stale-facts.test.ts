import { describe, expect, it } from 'vitest';
import { isPastRecheck } from './stale-facts';

describe('isPastRecheck', () => {
  it('holds a claim good through its recheck day, on the reader\'s calendar', () => {
    expect(isPastRecheck('2027-06-01', new Date(2027, 4, 31, 12))).toBe(false);
    expect(isPastRecheck('2027-06-01', new Date(2027, 5, 1, 23, 59))).toBe(false);
    expect(isPastRecheck('2027-06-01', new Date(2027, 5, 2, 0, 0))).toBe(true);
    expect(isPastRecheck('2026-12-31', new Date(2027, 0, 1, 0, 1))).toBe(true);
  });
  it('never shows a notice for a date it cannot read', () => {
    expect(isPastRecheck('June 2027', new Date(2030, 0, 1))).toBe(false);
    expect(isPastRecheck('', new Date(2030, 0, 1))).toBe(false);
  });
});
