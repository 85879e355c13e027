// Pagefind excerpts are escaped text with <mark> around matches. Turn them into DOM nodes
// without ever parsing them as HTML, so nothing a reader types can become markup.
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => ENTITIES[m] ?? m);
}

export interface ExcerptPart { text: string; marked: boolean }

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const piece of pieces) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece.replace(/<[^>]*>/g, '')), marked });
  }
  return parts;
}

/** Marks the alias line that the build indexes with each page (never shown on the page). */
export const ALIAS_MARK = 'searchaliasline';

/** An excerpt from the page's own words: never the indexed alias line. */
export function readableExcerpt(data: { excerpt: string; sub_results?: { excerpt: string }[] | undefined }): string {
  if (!data.excerpt.includes(ALIAS_MARK)) return data.excerpt;
  const sub = data.sub_results?.find((s) => !s.excerpt.includes(ALIAS_MARK) && s.excerpt.includes('<mark>'));
  return sub?.excerpt ?? '';
}
