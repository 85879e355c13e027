// The content layer's entries for a script or a test (the content check, the corpus tests): a
// dev server renders src/pages/content-index.json.ts, the same endpoint the build reads, so
// they see every entry exactly as the build does: after its schema, drafts left out. A schema
// error stops here with Astro's message, which names the file and the field.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ContentIndex } from './content-index';

export function contentFromAstro(root = process.cwd()): Promise<ContentIndex> {
  return new Promise((done, fail) => {
    // Astro changes how its dev server behaves under a test runner: give it a plain environment.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|VITE_|TEST$|MODE$|NODE_ENV$)/.test(k)));
    const child = spawn(process.execPath, [join(root, 'src/build/content-layer-server.mjs')], { cwd: root, env });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(err.trim() || `the content layer exited with ${code}`));
      try {
        done(JSON.parse(Buffer.concat(out).toString('utf8')) as ContentIndex);
      } catch (e) {
        fail(new Error(`the content layer printed no index: ${(e as Error).message}\n${err}`));
      }
    });
  });
}
