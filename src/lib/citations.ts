// Numbered citations: a page's frontmatter `sources` list fixes the numbers, and every
// <Cite> must use a key from that list, so the sources list and the numbers always agree.
export interface CitationContext {
  file: string;
  sources: readonly string[];
  /** The sources already marked on the page, so only the first marker of each gets its id. */
  seen?: Set<string>;
}

export function citationNumber(ctx: CitationContext | undefined, key: string): number {
  if (!ctx) throw new Error(`<Cite id="${key}" /> used outside an article: there is no sources list to number it against`);
  const index = ctx.sources.indexOf(key);
  if (index === -1) {
    throw new Error(
      `${ctx.file}: <Cite id="${key}" /> cites a source that is not in this page's frontmatter "sources" list. Add "${key}" to sources (and to content/sources.yaml if it is new).`,
    );
  }
  return index + 1;
}

export interface SourceLike {
  authors?: string | undefined;
  title: string;
  journal?: string | undefined;
  publisher?: string | undefined;
  year: number;
  url?: string | undefined;
  doi?: string | undefined;
}

/** The link a reader follows for a source: the DOI resolver when there is a DOI; none for a printed book. */
export function sourceHref(s: SourceLike): string | null {
  return s.doi ? `https://doi.org/${s.doi}` : (s.url ?? null);
}

/** "Authors. Title. Journal. Year." as plain text. */
export function formatSource(s: SourceLike): string {
  const venue = s.journal ?? s.publisher ?? '';
  const parts = [s.authors, s.title, venue].filter(Boolean).map((p) => String(p).replace(/\.$/, ''));
  const yearInVenue = venue.includes(String(s.year));
  return parts.join('. ') + (yearInVenue ? '.' : `. ${s.year}.`);
}

/** A <Cite id="…" /> tag, as written in MDX and in components. */
export const CITE_TAG = /<Cite\s+id="([^"]+)"\s*\/>/g;

/** The source keys a text cites with <Cite>, once each, in the order they first appear. */
export function citesIn(text: string): string[] {
  return [...new Set([...text.matchAll(CITE_TAG)].map((m) => m[1]!))];
}
