// Builds the vocabulary the search page uses for "Did you mean" and alias expansion.
import type { SearchVocabulary } from './suggest';
import { normalise } from './suggest';
import { ALIAS_MARK } from './excerpt';
import { LANG_INFO, type Lang } from '../i18n/lang';

/** Where a language's vocabulary for "Did you mean" is written in dist/, and served from (after a /): search-vocabulary.json, es/search-vocabulary.json. */
export function vocabularyPath(lang: Lang): string {
  const prefix = LANG_INFO[lang].prefix;
  return prefix ? `${prefix.slice(1)}/search-vocabulary.json` : 'search-vocabulary.json';
}

export interface VocabularyInput {
  /** Editor-written prose: titles, summaries, bodies, definitions. Spelled correctly. */
  prose: string[];
  glossary: { term: string; aliases: string[]; misspellings?: string[] }[];
}

/** "Opioid use disorder (OUD)" -> "opioid use disorder" */
export function plainTerm(term: string): string {
  return normalise(term.replace(/\(.*?\)/g, ' '));
}

export function buildVocabulary(input: VocabularyInput): SearchVocabulary {
  // Single, correctly spelled words only: they are what "Did you mean" can suggest.
  const words = new Set<string>();
  const addWords = (text: string) => {
    for (const w of normalise(text).split(' ')) {
      const word = w.replace(/^['-]+|['-]+$/g, '');
      if (word.length >= 4 && /^\p{L}[\p{L}'-]*$/u.test(word)) words.add(word);
    }
  };
  // Strip MDX tags and markdown link targets so only words remain.
  for (const text of input.prose) addWords(text.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ' '));
  const aliases: Record<string, string> = {};
  for (const g of input.glossary) {
    addWords(g.term);
    const target = plainTerm(g.term);
    for (const a of g.aliases) {
      addWords(a);
      const key = normalise(a);
      if (key && key !== target) aliases[key] = target;
    }
  }
  const misspellings = [...new Set(input.glossary.flatMap((g) => g.misspellings ?? []).map(normalise))].sort();
  return { words: [...words].sort(), aliases, misspellings };
}

/** Aliases go into the index as a weighted line at the top of the page body, not into the page itself. */
export function injectAliases(html: string, aliases: readonly string[]): string {
  if (aliases.length === 0) return html;
  const open = /<[a-z]+[^>]*\sdata-pagefind-body[^>]*>/i.exec(html);
  if (!open) return html;
  // The mark between every alias: any excerpt cut from this line contains it.
  const escaped = aliases.join(` ${ALIAS_MARK} `).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const at = open.index + open[0].length;
  return `${html.slice(0, at)}<p data-pagefind-weight="4" data-search-aliases>${ALIAS_MARK} ${escaped} ${ALIAS_MARK}</p>${html.slice(at)}`;
}
