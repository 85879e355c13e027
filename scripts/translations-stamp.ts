// Records which English text a translation was made from: sets `englishHash` in each given
// translated page (content/<lang>/…) to the hash of the English page its `translationOf` names.
// Run it after you have brought a translation up to date with its English page:
//   npm run translations:stamp -- content/es/guides/naloxona.mdx
// With no file, it lists the translations whose English page has changed, and changes nothing.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { englishHash } from '../src/lib/translations';
import { LANGS } from '../src/i18n/lang';
import { ARTICLE_COLLECTIONS } from '../src/collections';

function stamp(file: string, write: boolean): string | null {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter block`);
  const data = yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
  const ref = data.translationOf;
  if (typeof ref !== 'string') throw new Error(`${file}: translationOf is missing`);
  const englishFile = `content/${ref}.mdx`;
  if (!existsSync(englishFile)) throw new Error(`${file}: translationOf "${ref}" is not an English page (${englishFile} not found)`);
  const hash = englishHash(readFileSync(englishFile, 'utf8'));
  if (data.englishHash === hash) return null;
  if (write) {
    const front = /^englishHash:.*$/m.test(m[1]!) ? m[1]!.replace(/^englishHash:.*$/m, `englishHash: "${hash}"`) : m[1]!.replace(/^(translationOf:.*)$/m, `$1\nenglishHash: "${hash}"`);
    writeFileSync(file, text.replace(m[1]!, front));
  }
  return `${file} -> ${englishFile} (${String(data.englishHash ?? 'none')} -> ${hash})`;
}

const files = process.argv.slice(2);
if (files.length) {
  for (const f of files) console.log(stamp(f, true) ?? `${f}: already up to date`);
} else {
  const changed = LANGS.filter((l) => l !== 'en')
    .flatMap((l) => ARTICLE_COLLECTIONS.map((c) => join('content', l, c)))
    .filter((d) => existsSync(d))
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.mdx')).map((f) => join(d, f)))
    .map((f) => stamp(f, false))
    .filter(Boolean);
  console.log(changed.length ? `English pages changed since these translations:\n  ${changed.join('\n  ')}` : 'Every translation matches its English page.');
}
