// Every published article and glossary entry, as the content layer holds them (after their
// schemas), for the post-build steps: see src/build/content-index.ts. Removed from dist/ by
// the post-build pipeline once read; never published.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articleHref, everyCollection } from '../collections';
import { articleEntries } from '../lib/entries';
import { LANGS } from '../i18n/lang';
import type { ContentIndex, IndexedArticle } from '../build/content-index';

export const GET: APIRoute = async () => {
  const articles: IndexedArticle[] = [];
  for (const { type, lang } of everyCollection()) {
    for (const e of await articleEntries(type, lang)) {
      articles.push({
        collection: type,
        lang,
        slug: e.id,
        url: articleHref(type, e.id, lang),
        title: e.data.title,
        summary: e.data.summary,
        inShort: e.data.inShort ?? [],
        searchAliases: e.data.searchAliases ?? [],
        translationOf: e.data.translationOf ?? null,
        headings: (e.body ?? '').split('\n').filter((l) => l.startsWith('#')),
      });
    }
  }
  const glossaries = {} as ContentIndex['glossaries'];
  for (const lang of LANGS) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const entries = await getCollection((lang === 'en' ? 'glossary' : `${lang}-glossary`) as any);
    glossaries[lang] = (entries as unknown as { id: string; data: Omit<ContentIndex['glossaries']['en'][number], 'id'> }[]).map((g) => ({
      id: g.id,
      term: g.data.term,
      definition: g.data.definition,
      aliases: g.data.aliases,
      misspellings: g.data.misspellings,
      related: g.data.related,
    }));
  }
  const index: ContentIndex = { articles, glossaries };
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
