import { describe, expect, it } from 'vitest';
import { validRefresh } from './redirects';

describe('validRefresh', () => {
  it('puts the space the HTML standard wants after the semicolon', () => {
    expect(validRefresh('<meta http-equiv="refresh" content="0;url=/guides/naloxone/">')).toBe('<meta http-equiv="refresh" content="0; url=/guides/naloxone/">');
  });
  it('leaves a valid value and other pages alone', () => {
    const ok = '<meta http-equiv="refresh" content="0; url=/help/">';
    expect(validRefresh(ok)).toBe(ok);
    expect(validRefresh('<p>0;url=/x/</p>')).toBe('<p>0;url=/x/</p>');
  });
});
