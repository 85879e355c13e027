// Listing order, shared by the listings and the search page's topic list.
export { articleHref, parseRef } from '../collections';

export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return a.data.title.localeCompare(b.data.title);
}

/** Listing order: the editor's `order` first, then pages without one by title. */
export function byOrder<T extends { data: { title: string; order?: number | undefined } }>(a: T, b: T): number {
  return (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || byTitle(a, b);
}
