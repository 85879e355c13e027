// What a typed question is about: readers type "how long does tolerance last", not
// "tolerance". Pure: runs in the browser and in unit tests.
import { normalise } from './suggest';

/** Question and filler words: dropped before searching when other words remain. */
export const FILLER = new Set([
  'how', 'long', 'does', 'do', 'did', 'doing', 'can', 'could', 'should', 'would', 'will', 'i', "i'm", 'im', 'me', 'my', 'mine',
  'you', 'your', 'we', 'what', 'whats', "what's", 'when', 'where', 'which', 'who', 'why', 'is', 'are', 'am', 'was', 'were', 'be',
  'been', 'the', 'a', 'an', 'to', 'of', 'for', 'in', 'on', 'at', 'it', 'its', 'if', 'and', 'or', 'so', 'that', 'this', 'there',
  'much', 'many', 'get', 'got', 'still', 'some', 'any', 'with', 'about', 'last', 'take', 'need', 'really', 'ok', 'okay', 'please',
]);

/** Spanish question and filler words ("¿cómo puedo conseguir naloxona?" -> "conseguir naloxona"). */
export const FILLER_ES = new Set([
  'como', 'cómo', 'que', 'qué', 'cuando', 'cuándo', 'donde', 'dónde', 'cual', 'cuál', 'cuanto', 'cuánto', 'cuanta', 'cuánta',
  'quien', 'quién', 'por', 'para', 'porque', 'puedo', 'puede', 'debo', 'debe', 'hay', 'es', 'son', 'está', 'esta', 'estoy', 'soy',
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'a', 'en', 'y', 'o', 'mi', 'mis', 'me', 'yo', 'se',
  'si', 'sí', 'lo', 'le', 'su', 'sus', 'con', 'sin', 'ya', 'tengo', 'tiene', 'hacer', 'hago', 'algo', 'muy', 'mucho', 'favor',
]);

const FILLERS: Record<string, ReadonlySet<string>> = { en: FILLER, es: FILLER_ES };

/** The words that carry the meaning; the whole query when every word is filler. */
export function coreQuery(query: string, lang = 'en'): string {
  const filler = FILLERS[lang] ?? FILLER;
  const words = normalise(query).split(' ').filter(Boolean);
  const kept = words.filter((w) => !filler.has(w));
  return (kept.length ? kept : words).join(' ');
}

/**
 * Pagefind also matches a short indexed word that starts a typed word ("t" for "trampoline").
 * A result is weak when every word it marks as matching is that kind of fragment.
 */
export function weakMatch(excerpts: readonly string[], query: string): boolean {
  const longest = Math.max(0, ...normalise(query).split(' ').map((w) => w.length));
  const needed = Math.min(4, Math.ceil(longest / 2));
  const marked = excerpts.flatMap((e) => [...e.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.trim()));
  return !marked.some((m) => m.length >= needed);
}
