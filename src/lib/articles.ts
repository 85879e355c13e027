// Helpers shared by the article routes; pure apart from the types.
import type { ArticleCollection } from './site';
import { COLLECTION_LABELS } from './site';

export function articleHref(collection: ArticleCollection, id: string): string {
  return `${COLLECTION_LABELS[collection].path}${id}/`;
}

/** "guides/naloxone" -> { collection: 'guides', id: 'naloxone' } */
export function parseRef(ref: string): { collection: ArticleCollection; id: string } {
  const [collection, id] = ref.split('/') as [ArticleCollection, string];
  if (!(collection in COLLECTION_LABELS) || !id) throw new Error(`bad page reference "${ref}"`);
  return { collection, id };
}

export function byTitle<T extends { data: { title: string } }>(a: T, b: T): number {
  return a.data.title.localeCompare(b.data.title);
}

/** Listing order: the editor's `order` first, then pages without one by title. */
export function byOrder<T extends { data: { title: string; order?: number | undefined } }>(a: T, b: T): number {
  return (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || byTitle(a, b);
}
