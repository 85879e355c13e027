// Test support only: reads a fixture folder (test/fixtures/bad-content, which is no Astro
// project and breaks rules on purpose) straight from its files, in the shape the content check
// takes. The site itself, the build and `npm run check:content` read the content layer
// (src/build/content-layer.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { ARTICLE_COLLECTIONS, articleHref, contentDir, type ArticleCollection } from '../src/collections';
import { LANGS, type Lang } from '../src/i18n/lang';
import { glossaryFile } from '../src/collections';

export interface ArticleFile {
  collection: ArticleCollection;
  lang: Lang;
  slug: string;
  url: string;
  data: Record<string, unknown> & { title: string; summary: string; searchAliases?: string[]; draft?: boolean };
  body: string;
  path: string;
}

export function frontmatter(text: string, path: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${path}: no frontmatter block at the top of the file`);
  return { data: (yaml.load(m[1]!, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>, body: m[2]! };
}

/** Every article in every language (or in the languages given), drafts left out. */
export function readArticles(root = 'content', langs: readonly Lang[] = LANGS): ArticleFile[] {
  const out: ArticleFile[] = [];
  for (const lang of langs) {
    for (const collection of ARTICLE_COLLECTIONS) {
      const dir = `${root}/${contentDir(collection, lang)}`;
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
        const path = `${dir}/${file}`;
        const { data, body } = frontmatter(readFileSync(path, 'utf8'), path);
        const slug = file.replace(/\.mdx$/, '');
        out.push({ collection, lang, slug, url: articleHref(collection, slug, lang), data: data as ArticleFile['data'], body, path });
      }
    }
  }
  return out.filter((a) => a.data.draft !== true);
}

export interface GlossaryFileEntry { id: string; term: string; definition: string; aliases: string[]; misspellings: string[]; related: string }

export function readGlossary(root = 'content', lang: Lang = 'en'): GlossaryFileEntry[] {
  const file = glossaryFile(lang, root);
  if (lang !== 'en' && !existsSync(file)) return [];
  const data = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, Omit<GlossaryFileEntry, 'id'>>;
  return Object.entries(data).map(([id, e]) => ({ id, ...e, aliases: e.aliases ?? [], misspellings: e.misspellings ?? [] }));
}

/** A fixture folder as the content check takes it. */
export function fixtureContent(root: string): { root: string; articles: ArticleFile[]; glossaries: Record<Lang, GlossaryFileEntry[]> } {
  return { root, articles: readArticles(root), glossaries: Object.fromEntries(LANGS.map((lang) => [lang, readGlossary(root, lang)])) as Record<Lang, GlossaryFileEntry[]> };
}
