// The content layer's entries, handed to the post-build steps (search index, vocabularies,
// offline core). Astro renders them as a static endpoint (src/pages/content-index.json.ts:
// getCollection, so every entry has passed its schema); the pipeline reads the file once and
// removes it from dist/, so it is never published. One content path: no step re-reads the
// MDX or YAML files.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleCollection } from '../collections';
import type { Lang } from '../i18n/lang';

/** Where the endpoint is written in dist/. */
export const CONTENT_INDEX = 'content-index.json';

export interface IndexedArticle {
  collection: ArticleCollection;
  lang: Lang;
  slug: string;
  url: string;
  title: string;
  summary: string;
  inShort: string[];
  searchAliases: string[];
  /** For a translation: the English page it translates ("guides/naloxone"). */
  translationOf: string | null;
  /** The body's heading lines ("## What is …?"), for the "Did you mean" vocabulary. */
  headings: string[];
}

export interface IndexedGlossaryEntry {
  id: string;
  term: string;
  definition: string;
  aliases: string[];
  misspellings: string[];
  /** The English page the term relates to ("guides/naloxone"). */
  related: string;
}

export interface ContentIndex {
  articles: IndexedArticle[];
  glossaries: Record<Lang, IndexedGlossaryEntry[]>;
}

/** Read the index the build wrote, then remove it: it is for the build, not for readers. */
export function takeContentIndex(out: string): ContentIndex {
  const file = join(out, CONTENT_INDEX);
  if (!existsSync(file)) throw new Error(`Post-build: ${CONTENT_INDEX} is missing from the build (src/pages/content-index.json.ts renders it)`);
  const index = JSON.parse(readFileSync(file, 'utf8')) as ContentIndex;
  rmSync(file);
  return index;
}

/** A page's address in a language: the English page itself, or its translation (undefined if none). */
export function pageIn(index: ContentIndex, ref: string, lang: Lang): string | undefined {
  if (lang === 'en') return index.articles.find((a) => a.lang === 'en' && `${a.collection}/${a.slug}` === ref)?.url;
  return index.articles.find((a) => a.lang === lang && a.translationOf === ref)?.url;
}
