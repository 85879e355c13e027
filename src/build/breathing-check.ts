// "Breathing normally" is the threshold in every overdose instruction. After naloxone, a
// fentanyl overdose is often only partly reversed (slow, shallow, snoring breaths), and a person
// in arrest may gasp: gasping is not breathing. A sentence that moves on (the recovery position,
// stopping CPR or doses) on "breathing" alone tells a frightened bystander to stop too soon.
// Pure: a sentence fails when it names breathing and moving on, in the page's language, and
// never says "normally".
import type { Lang } from '../i18n/lang';
import type { Finding } from './content-checks';

interface BreathingWords {
  /** Any word for breathing. */
  breath: RegExp;
  /** What makes the threshold right. */
  normal: RegExp;
  /** Moving on: the side or recovery position, stopping CPR or doses, no more naloxone. */
  moveOn: RegExp;
  message: string;
}

const WORDS: Record<Lang, BreathingWords> = {
  en: {
    breath: /\bbreath(?:e|es|ed|ing)?\b/i,
    normal: /\bnormal(?:ly)?\b/i,
    moveOn: /\b(?:on(?:to)?\s+(?:their|his|her|your|the|its)\s+side|recovery position|stop(?:s|ping)?\s+(?:giving|doing|the\s+)?(?:cpr|compressions|doses?|dosing|naloxone|narcan|sprays?)|no\s+(?:more|other|further|second)\s+(?:doses?|naloxone|narcan|sprays?|cpr)|(?:don't|do not|no)\s+need\s+(?:another|more|a second))\b/i,
    message: 'this moves on (side, stop, no more doses) once they are "breathing". The threshold is breathing NORMALLY: gasping, snoring or gurgling is not normal breathing. Say "breathing normally" in this sentence.',
  },
  es: {
    breath: /\brespir/i,
    normal: /\bnormal(?:idad|mente)?\b/i,
    moveOn: /(?:\bde\s+(?:lado|costado)\b|posici[oó]n\s+de\s+recuperaci[oó]n|\bdej[ea]\s+de\s+(?:dar|hacer|la\s+rcp|las\s+compresiones|aplicar)|\bno\s+(?:le\s+)?(?:d[eé]|aplique)\s+(?:m[aá]s|otra)|\bya\s+no\s+(?:hace\s+falta|necesita)|\bsuspend[ae]\s+la\s+rcp)/i,
    message: 'pasa al siguiente paso (de lado, dejar de dar dosis o RCP) cuando la persona "respira". El umbral es respirar CON NORMALIDAD: boquear, roncar o hacer gorgoteos no es respirar con normalidad. Diga "respira con normalidad" en esta oración.',
  },
};

/** Frontmatter lists of words (search aliases, keys), not sentences a reader follows. */
const WORD_LISTS = /^\s*(?:searchAliases|aliases|misspellings|sources|topics|audience|related|allowWords):/;

/** A line as words: tags, MDX comments, link targets and Markdown marks removed. */
function plain(line: string): string {
  return line
    .replace(/\{\/\*.*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#]/g, '');
}

/**
 * Sentences end at "." or "!", not at "?": in "Breathing? Roll them on their side." the
 * question is the condition of the step that follows it, and the two are read together.
 */
export function sentences(line: string): string[] {
  return plain(line).split(/(?<=[.!])\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Every sentence in `lines` that moves on after "breathing" without "normally". `firstLine` is the 1-based line of lines[0]. */
export function breathingFindings(file: string, lines: readonly string[], firstLine: number, lang: Lang): Finding[] {
  const w = WORDS[lang];
  const findings: Finding[] = [];
  lines.forEach((line, i) => {
    if (WORD_LISTS.test(line)) return;
    const bad = sentences(line).find((s) => w.breath.test(s) && w.moveOn.test(s) && !w.normal.test(s));
    if (bad) findings.push({ file, line: firstLine + i, rule: 'breathing-normally', severity: 'error', message: `${w.message} ("${bad.slice(0, 120)}")` });
  });
  return findings;
}
