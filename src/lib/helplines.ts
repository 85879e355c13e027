// Ordering and lookup of helplines, kept pure so the crisis bar's contents can be unit tested.
export interface HelplineEntry<T> { id: string; data: T }

export function crisisBarLines<T extends { crisisBar?: number | undefined }>(all: HelplineEntry<T>[]): HelplineEntry<T>[] {
  return all
    .filter((h) => h.data.crisisBar !== undefined)
    .sort((a, b) => (a.data.crisisBar ?? 0) - (b.data.crisisBar ?? 0));
}
