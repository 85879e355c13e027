// The content layer's entries, for everything that runs outside a page: the post-build steps
// (search index, vocabularies, offline core) and the content check. Astro renders them as a
// static endpoint (src/pages/content-index.json.ts: getCollection, so every entry has passed
// its schema). The build reads the file once and removes it from dist/, so it is never
// published; `npm run check:content` asks a dev server for it. One content path: nothing
// re-parses the MDX or YAML files to learn what an entry says.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { articleRef, type ArticleCollection } from '../collections';
import type { Lang } from '../i18n/lang';

/** Where the endpoint is written in dist/ (and served by a dev server). */
export const CONTENT_INDEX = 'content-index.json';

/** An article's frontmatter after its schema (dates as ISO strings, defaults filled in). */
export type IndexedData = Record<string, unknown> & {
  title: string;
  summary: string;
  inShort?: string[];
  searchAliases: string[];
  sources: string[];
  topics: string[];
  emergency?: boolean;
  nextReview: string;
  translationOf?: string;
  englishHash?: string;
};

export interface IndexedArticle {
  collection: ArticleCollection;
  lang: Lang;
  slug: string;
  url: string;
  /** The file, from the project root: content/guides/naloxone.mdx. */
  path: string;
  data: IndexedData;
  /** The MDX body as written (after the frontmatter). */
  body: string;
}

export interface IndexedGlossaryEntry {
  id: string;
  term: string;
  definition: string;
  aliases: string[];
  misspellings: string[];
  allowWords: string[];
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
  return index.articles.find((a) => a.lang === lang && articleRef(a.collection, a.slug, a.lang, a.data.translationOf) === ref)?.url;
}

/** The heading lines of a body ("## What is …?"): words readers search for. */
export function headingLines(body: string): string[] {
  return body.split('\n').filter((l) => l.startsWith('#'));
}
