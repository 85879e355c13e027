// The built site as the build hooks see it: every file's site path, and every page's HTML.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pageKey } from '../lib/link-check';

export interface BuiltPage {
  /** The page's address: "/guides/naloxone/" for dist/guides/naloxone/index.html. */
  path: string;
  /** Where it is on disk. */
  file: string;
  html: string;
}

export function builtSite(out: string): { files: Set<string>; pages: BuiltPage[] } {
  const all = readdirSync(out, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => '/' + relative(out, join(d.parentPath, d.name)).split(sep).join('/'));
  const pages = all
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: pageKey(f), file: join(out, f), html: readFileSync(join(out, f), 'utf8') }));
  return { files: new Set(all), pages };
}
