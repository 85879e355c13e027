// Every published article and glossary entry, as the content layer holds them (after their
// schemas), for the post-build steps and the content check: see src/build/content-index.ts.
// Removed from dist/ by the post-build pipeline once read; never published.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleHref, collectionName, everyCollection } from '../collections';
import { articleEntries } from '../lib/entries';
import { LANGS } from '../i18n/lang';
import type { ContentIndex, IndexedArticle, IndexedData, IndexedGlossaryEntry } from '../build/content-index';

export const GET: APIRoute = async () => {
  const articles: IndexedArticle[] = [];
  for (const { type, lang } of everyCollection()) {
    for (const e of await articleEntries(type, lang)) {
      articles.push({
        collection: type,
        lang,
        slug: e.id,
        url: articleHref(type, e.id, lang),
        path: e.filePath ?? '',
        // Dates become ISO strings on the way through JSON.
        data: e.data as unknown as IndexedData,
        body: e.body ?? '',
      });
    }
  }
  const glossaries = {} as ContentIndex['glossaries'];
  for (const lang of LANGS) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const entries = (await getCollection(collectionName('glossary', lang) as any)) as unknown as { id: string; data: Omit<IndexedGlossaryEntry, 'id'> }[];
    glossaries[lang] = entries.map((g) => ({ id: g.id, ...g.data }));
  }
  const index: ContentIndex = { articles, glossaries };
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
