// The browser side of search: Pagefind for matching, plus the site's own vocabulary for
// slang expansion and "Did you mean". Loaded only by the search page; nothing leaves the device.
import { expandQuery, normalise, suggest, type SearchVocabulary } from './suggest';
import { coreQuery as coreQueryIn, weakMatch } from './query';
import { readableExcerpt } from './excerpt';

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

export interface Outcome { hits: Hit[]; total: number; more: () => Promise<Hit[]>; suggestion: string | null }

/** Results shown at first; each needs its page's fragment, so fewer means fewer bytes. */
export const PAGE_SIZE = 6;
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

function loadVocabulary(url: string): Promise<SearchVocabulary> {
  vocabulary ??= fetch(url).then((r) => r.json() as Promise<SearchVocabulary>);
  return vocabulary;
}

/** The best sub-result: a heading inside the page that matched, other than the page top. */
function bestSection(data: PagefindData): Hit['section'] {
  const sub = data.sub_results?.find((s) => s.url.includes('#') && s.title !== data.meta.title);
  return sub ? { title: sub.title, url: sub.url } : null;
}

async function toHit(result: PagefindResult, query: string): Promise<Hit & { weak: boolean }> {
  const data = await result.data();
  return {
    weak: weakMatch([data.excerpt, ...(data.sub_results ?? []).map((s) => s.excerpt)], query),
    url: data.url,
    title: data.meta.title ?? data.url,
    type: data.meta.type ?? 'Page',
    summary: data.meta.summary ?? '',
    excerpt: readableExcerpt(data),
    section: bestSection(data),
  };
}

export interface SearchSetup { /** the language's vocabulary file */ vocabulary: string; /** the page's language */ lang: string }

export async function runSearch(query: string, type: string, setup: SearchSetup = { vocabulary: '/search-vocabulary.json', lang: 'en' }): Promise<Outcome> {
  const [pf, vocab] = await Promise.all([loadPagefind(), loadVocabulary(setup.vocabulary)]);
  const coreQuery = (q: string) => coreQueryIn(q, setup.lang);
  const options = type ? { filters: { type } } : {};
  const count = async (q: string) => (await pf.search(q, options))?.results.length ?? 0;
  // Questions are searched by the words that carry their meaning ("how long does tolerance
  // last" -> "tolerance"); the whole question is the fallback when those find nothing.
  const typed = normalise(query);
  const core = coreQuery(query);
  let first = await pf.search(core, options);
  if (core !== typed && (first?.results.length ?? 0) === 0) first = await pf.search(query, options);
  // Aliases are indexed with each page, so most slang finds its page directly. Only when
  // the words typed find little is the query also run with aliases swapped for their
  // glossary terms (each extra search may fetch another index chunk).
  const expansions = (first?.results.length ?? 0) < 3 ? expandQuery(core, vocab) : [];
  const responses = [first, ...(await Promise.all(expansions.map((q) => pf.search(q, options))))];
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
  const ranked = [...scored.values()].sort((a, b) => b.score - a.score).map((x) => x.result);
  let shown = 0;
  const more = async () => {
    const next = ranked.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    return Promise.all(next.map((r) => toHit(r, core)));
  };
  const hits = await more();
  // When every match is only a near word ("trampoline" -> a page about tolerance), say plainly
  // that nothing matches rather than show pages that have nothing to do with the question.
  const none = hits.length > 0 && hits.every((h) => h.weak);
  return {
    hits: none ? [] : hits,
    total: none ? 0 : ranked.length,
    more,
    suggestion: await checkedSuggestion(typed, none ? 0 : ranked.length, vocab, count, coreQuery),
  };
}

/**
 * "Did you mean": a word the site knows, offered only for typed words that match nothing
 * themselves, and only when the corrected query finds more than the typed one did (a known
 * typo from the glossary is always corrected).
 */
async function checkedSuggestion(typed: string, found: number, vocab: SearchVocabulary, count: (q: string) => Promise<number>, coreQuery: (q: string) => string): Promise<string | null> {
  const candidate = suggest(typed, vocab);
  if (!candidate) return null;
  const known = new Set(vocab.misspellings ?? []);
  const knownTypo = typed.split(' ').some((w) => known.has(w));
  // A query that already finds plenty needs no correction (and checking costs searches).
  if (!knownTypo && found >= 3) return null;
  const before = typed.split(' ');
  const after = candidate.split(' ');
  const kept = await Promise.all(after.map(async (w, i) => (w !== before[i] && !known.has(before[i]!) && (await count(before[i]!)) > 0 ? before[i]! : w)));
  const corrected = kept.join(' ');
  if (corrected === typed) return null;
  // A known typo is always offered its right spelling, even when it already finds its page.
  if (before.some((w, i) => known.has(w) && kept[i] !== w)) return corrected;
  return (await count(coreQuery(corrected))) > found ? corrected : null;
}
