// Reads the content files directly (outside Astro's runtime) for build hooks: search aliases,
// glossary entries, page titles. Node only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export interface ArticleFile {
  collection: 'guides' | 'warning-signs' | 'stories';
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

export function readArticles(root = 'content'): ArticleFile[] {
  const out: ArticleFile[] = [];
  for (const collection of ['guides', 'warning-signs', 'stories'] as const) {
    if (!existsSync(`${root}/${collection}`)) continue;
    for (const file of readdirSync(`${root}/${collection}`).filter((f) => f.endsWith('.mdx')).sort()) {
      const path = `${root}/${collection}/${file}`;
      const { data, body } = frontmatter(readFileSync(path, 'utf8'), path);
      const slug = file.replace(/\.mdx$/, '');
      out.push({ collection, slug, url: `/${collection}/${slug}/`, data: data as ArticleFile['data'], body, path });
    }
  }
  return out.filter((a) => a.data.draft !== true);
}

export interface GlossaryFileEntry { id: string; term: string; definition: string; aliases: string[]; misspellings: string[]; related: string }

export function readGlossary(root = 'content'): GlossaryFileEntry[] {
  const data = yaml.load(readFileSync(`${root}/glossary.yaml`, 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<string, Omit<GlossaryFileEntry, 'id'>>;
  return Object.entries(data).map(([id, e]) => ({ id, ...e, aliases: e.aliases ?? [], misspellings: e.misspellings ?? [] }));
}
