// Ordering and lookup of helplines, kept pure so the crisis bar's contents can be unit tested.
export interface HelplineEntry<T> { id: string; data: T }

export function crisisBarLines<T extends { crisisBar?: number | undefined }>(all: HelplineEntry<T>[]): HelplineEntry<T>[] {
  return all
    .filter((h) => h.data.crisisBar !== undefined)
    .sort((a, b) => (a.data.crisisBar ?? 0) - (b.data.crisisBar ?? 0));
}

/** "marque 2 para español, o envíe AYUDA por texto": how to reach Spanish service, in Spanish. */
export function spanishWay(s: { press?: string | undefined; textKeyword?: string | undefined }): string {
  const parts = [s.press && `marque ${s.press} para español`, s.textKeyword && `envíe ${s.textKeyword} por texto`].filter(Boolean);
  // A line that answers in Spanish without a key or a word to send.
  return parts.length ? parts.join(', o ') : 'también en español';
}
