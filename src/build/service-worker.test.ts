import { expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precacheManifest } from './service-worker';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sw-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

test('the offline core lists each named file once, from the root, with a revision that follows its content', () => {
  const out = site({ 'help/index.html': '<h1>Help</h1>', 'pagefind/pagefind.en_1.pf_meta': 'a', 'pagefind/pagefind.es_2.pf_meta': 'bb' });
  const { entries, size } = precacheManifest(out, ['help/index.html', 'pagefind/pagefind.en_*.pf_meta']);
  expect(entries.map((e) => e.url)).toEqual(['/help/index.html', '/pagefind/pagefind.en_1.pf_meta']);
  expect(size).toBe('<h1>Help</h1>'.length + 1);
  const changed = site({ 'help/index.html': '<h1>Help now</h1>', 'pagefind/pagefind.en_1.pf_meta': 'a' });
  const again = precacheManifest(changed, ['help/index.html', 'pagefind/pagefind.en_*.pf_meta']).entries;
  expect(again[0]!.revision).not.toBe(entries[0]!.revision);
  expect(again[1]!.revision).toBe(entries[1]!.revision);
});

test('a core pattern that names no file stops the build, naming the pattern', () => {
  const out = site({ 'help/index.html': 'x' });
  expect(() => precacheManifest(out, ['help/index.html', 'offline/index.html'])).toThrow('"offline/index.html" names no file');
});
