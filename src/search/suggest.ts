// "Did you mean …?" and alias expansion, from the site's own vocabulary. Pure: runs in the
// browser on the search page and in unit tests.

export interface SearchVocabulary {
  /** Words and phrases readers may mean: titles' words, glossary terms, aliases. Lowercase. */
  words: string[];
  /** alias (lowercase) -> the glossary term it stands for, e.g. "subs" -> "buprenorphine". */
  aliases: Record<string, string>;
  /** Known typos ("naloxon"): indexed so they find their page, and always offered a correction. */
  misspellings?: string[];
}

export function normalise(query: string): string {
  return query.toLowerCase().replace(/[^\p{L}\p{N}\s'-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
  }
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many edits a word of this length may need and still count as a typo. */
function allowance(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/** The closest known word to a typed word, or null when it is already known or nothing is close. */
export function closestWord(word: string, words: readonly string[]): string | null {
  if (words.includes(word)) return null;
  const max = allowance(word.length);
  if (max === 0) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of words) {
    // People rarely mistype the first letter; a different first letter is a different word
    // ("pink" is not a typo of "link").
    if (candidate.includes(' ') || candidate[0] !== word[0]) continue;
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : null;
}

/**
 * A corrected query when some typed word looks like a misspelling of a known word. Words that
 * are known aliases (slang, brand names) are never "corrected".
 */
export function suggest(query: string, vocab: SearchVocabulary, extraKnown: readonly string[] = []): string | null {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const known = vocab.words;
  const alsoKnown = new Set([...extraKnown, ...Object.keys(vocab.aliases)]);
  let changed = false;
  const fixed = words.map((w) => {
    if (alsoKnown.has(w)) return w;
    const c = closestWord(w, known);
    if (c) changed = true;
    return c ?? w;
  });
  return changed ? fixed.join(' ') : null;
}

/**
 * Extra queries that mean the same as the one typed: a known alias phrase anywhere in the
 * query ("xanax and fent") is replaced by its glossary term ("benzodiazepine and fentanyl").
 */
export function expandQuery(query: string, vocab: SearchVocabulary): string[] {
  const q = normalise(query);
  if (!q) return [];
  const out = new Set<string>();
  const phrases = Object.keys(vocab.aliases).sort((a, b) => b.length - a.length);
  let replaced = ` ${q} `;
  for (const alias of phrases) {
    const needle = ` ${alias} `;
    if (replaced.includes(needle)) replaced = replaced.split(needle).join(` ${vocab.aliases[alias]} `);
  }
  const expanded = replaced.trim();
  if (expanded !== q) out.add(expanded);
  for (const word of q.split(' ')) {
    const term = vocab.aliases[word];
    if (term && term !== q) out.add(term);
  }
  return [...out];
}
