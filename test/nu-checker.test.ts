// The W3C Nu checker runs over dist/ in `npm test` (scripts/check-nu.mjs). Here it is shown
// to catch, with the page named, each kind of fault it once found on this site.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nuCheck } from '../scripts/check-nu.mjs';

const page = (body: string, after = '') => `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${body}</main></body></html>\n${after}`;

describe('the Nu HTML checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nu-'));
  writeFileSync(join(dir, 'script-after-html.html'), page('<h1>A</h1><p>x</p>', '<script>void 0</script>'));
  writeFileSync(join(dir, 'skipped-heading.html'), page('<h1>A</h1><ul><li><h3>Card</h3></li></ul>'));
  writeFileSync(join(dir, 'style-not-first.html'), page('<h1>A</h1><div><p>x</p><style>p{color:red}</style></div>'));
  writeFileSync(join(dir, 'clean.html'), page('<h1>A</h1><div><style>p{color:red}</style><h2>B</h2><p>x</p></div>'));
  const found: string[] = nuCheck(dir);
  rmSync(dir, { recursive: true });
  const on = (name: string) => found.filter((f) => f.includes(`${name}.html:`));

  it('names the page with a script after </html>', () => {
    expect(on('script-after-html')).toContainEqual(expect.stringMatching(/Stray start tag .script./));
  });
  it('names the page that skips a heading level', () => {
    expect(on('skipped-heading')).toContainEqual(expect.stringMatching(/h3.*follows the heading .h1.*skipping 1 heading level/));
  });
  it('names the page with a <style> that is not its parent\'s first child', () => {
    expect(on('style-not-first')).toContainEqual(expect.stringMatching(/style.*must be the first child of its parent/));
  });
  it('passes a clean page', () => {
    expect(on('clean')).toEqual([]);
  });
});
