// The browser side of search: Pagefind for matching, plus the site's own vocabulary for
// slang expansion and "Did you mean". Loaded only by the search page; nothing leaves the device.
import { expandQuery, suggest, type SearchVocabulary } from './suggest';

interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; sub_results?: PagefindSubResult[] }
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  url: string;
  title: string;
  type: string;
  summary: string;
  excerpt: string;
  section: { title: string; url: string } | null;
}

export interface Outcome { hits: Hit[]; suggestion: string | null }

const MAX_RESULTS = 12;
let pagefind: Promise<Pagefind> | null = null;
let vocabulary: Promise<SearchVocabulary> | null = null;

function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function loadVocabulary(): Promise<SearchVocabulary> {
  vocabulary ??= fetch('/search-vocabulary.json').then((r) => r.json() as Promise<SearchVocabulary>);
  return vocabulary;
}

/** The best sub-result: a heading inside the page that matched, other than the page top. */
function bestSection(data: PagefindData): Hit['section'] {
  const sub = data.sub_results?.find((s) => s.url.includes('#') && s.title !== data.meta.title);
  return sub ? { title: sub.title, url: sub.url } : null;
}

export async function runSearch(query: string, type: string): Promise<Outcome> {
  const [pf, vocab] = await Promise.all([loadPagefind(), loadVocabulary()]);
  const options = type ? { filters: { type } } : {};
  const queries = [query, ...expandQuery(query, vocab)];
  const responses = await Promise.all(queries.map((q) => pf.search(q, options)));
  // Merge: a page found by the words typed keeps its rank; pages found only through an
  // alias follow, each scored within its own search.
  const scored = new Map<string, { result: PagefindResult; score: number }>();
  responses.forEach((res, i) => {
    for (const r of res?.results ?? []) {
      const score = r.score * (i === 0 ? 1.5 : 1);
      const prev = scored.get(r.id);
      if (!prev || prev.score < score) scored.set(r.id, { result: r, score });
    }
  });
  const top = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  const hits = await Promise.all(
    top.map(async ({ result }) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        type: data.meta.type ?? 'Page',
        summary: data.meta.summary ?? '',
        excerpt: data.excerpt,
        section: bestSection(data),
      } satisfies Hit;
    }),
  );
  return { hits, suggestion: suggest(query, vocab) };
}
