// Every published article in every language, with its address and its twins, read once per
// build through the content layer. Astro-only (astro:content); pure helpers live elsewhere.
import { articleEntries } from './entries';
import { ARTICLE_TYPES, articleHref, articleRef, everyCollection, listingHref, type ArticleCollection } from '../collections';
import { LANGS, langFromPath, type Lang } from '../i18n/lang';
import { STATIC_TWINS, canonicalPath } from '../i18n/twins';

export interface IndexedPage {
  type: ArticleCollection;
  lang: Lang;
  slug: string;
  href: string;
  /** The English page's reference, "guides/naloxone" (for English pages, their own). */
  ref: string;
  title: string;
  summary: string;
  filePath: string;
}

interface PageIndex {
  pages: IndexedPage[];
  /** "guides/naloxone" -> language -> page */
  byRef: Map<string, Partial<Record<Lang, IndexedPage>>>;
  byHref: Map<string, IndexedPage>;
}

let cached: Promise<PageIndex> | undefined;

async function load(): Promise<PageIndex> {
  const pages: IndexedPage[] = [];
  for (const { type, lang } of everyCollection()) {
    for (const e of await articleEntries(type, lang)) {
      const ref = articleRef(type, e.id, lang, e.data.translationOf);
      pages.push({ type, lang, slug: e.id, href: articleHref(type, e.id, lang), ref, title: e.data.title, summary: e.data.summary, filePath: e.filePath ?? '' });
    }
  }
  const byRef = new Map<string, Partial<Record<Lang, IndexedPage>>>();
  for (const p of pages) {
    const twins = byRef.get(p.ref) ?? {};
    if (twins[p.lang]) throw new Error(`${p.filePath}: ${twins[p.lang]!.filePath} already translates ${p.ref}`);
    twins[p.lang] = p;
    byRef.set(p.ref, twins);
  }
  return { pages, byRef, byHref: new Map(pages.map((p) => [p.href, p])) };
}

export function pageIndex(): Promise<PageIndex> {
  cached ??= load();
  return cached;
}

/** The page a reference names, in a language, or null when it has no translation there. */
export async function pageFor(ref: string, lang: Lang): Promise<IndexedPage | null> {
  return (await pageIndex()).byRef.get(ref)?.[lang] ?? null;
}

/** Each type's listing in every language that has pages of that type (a listing exists only then). */
function listingTwins(pages: IndexedPage[]): Record<string, Partial<Record<Lang, string>>> {
  return Object.fromEntries(
    (Object.keys(ARTICLE_TYPES) as ArticleCollection[]).map((type) => [
      listingHref(type, 'en'),
      Object.fromEntries(LANGS.filter((l) => pages.some((p) => p.type === type && p.lang === l)).map((l) => [l, listingHref(type, l)])),
    ]),
  );
}

/** Every language's address of the page at `path` (only the languages it exists in). */
export async function alternatesOf(path: string): Promise<Partial<Record<Lang, string>>> {
  const index = await pageIndex();
  const article = index.byHref.get(path);
  if (article) {
    const twins = index.byRef.get(article.ref) ?? {};
    return Object.fromEntries(Object.entries(twins).map(([l, p]) => [l, p!.href]));
  }
  const table: Record<string, Partial<Record<Lang, string>>> = {};
  for (const [en, others] of Object.entries(STATIC_TWINS)) table[en] = { en, ...others };
  for (const [en, all] of Object.entries(listingTwins(index.pages))) table[en] = all;
  const here = canonicalPath(path);
  for (const all of Object.values(table)) {
    if (Object.values(all).some((href) => canonicalPath(href!) === here)) return all;
  }
  return { [langFromPath(path)]: path };
}
