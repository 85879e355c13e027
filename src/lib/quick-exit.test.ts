import { describe, expect, it } from 'vitest';
import { shiftCounter, WINDOW_MS } from './quick-exit';

describe('Shift x3 quick exit', () => {
  it('fires on the third press inside the window', () => {
    let t = 0;
    const c = shiftCounter(() => t);
    expect(c.press()).toBe(false);
    t += 300;
    expect(c.press()).toBe(false);
    t += 300;
    expect(c.press()).toBe(true);
  });
  it('does not fire when presses are too far apart', () => {
    let t = 0;
    const c = shiftCounter(() => t);
    c.press();
    t += WINDOW_MS;
    c.press();
    t += WINDOW_MS;
    expect(c.press()).toBe(false);
  });
  it('starts over after a reset (another key typed in between)', () => {
    let t = 0;
    const c = shiftCounter(() => t);
    c.press();
    c.press();
    c.reset();
    expect(c.press()).toBe(false);
  });
});
