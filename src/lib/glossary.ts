// Glossary helpers: A–Z grouping and the alias uniqueness rule.
export interface GlossaryLike { id: string; data: { term: string; aliases: string[]; misspellings?: string[] } }

export function groupByLetter<T extends GlossaryLike>(entries: T[], locale = 'en'): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const e of [...entries].sort((a, b) => a.data.term.localeCompare(b.data.term, locale, { sensitivity: 'base' }))) {
    // "Ácido" files under A: the letter without its accent.
    const first = (e.data.term[0] ?? '#').normalize('NFD')[0]!.toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups.entries()];
}

/** Every alias (and term) must point at exactly one entry, or search would be ambiguous. */
export function aliasClashes(entries: GlossaryLike[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const e of entries) {
    for (const word of [e.data.term, ...e.data.aliases, ...(e.data.misspellings ?? [])]) {
      const key = word.trim().toLowerCase();
      const prev = owner.get(key);
      if (prev && prev !== e.id) problems.push(`"${word}" is used by both ${prev} and ${e.id}`);
      else owner.set(key, e.id);
    }
  }
  return problems;
}
