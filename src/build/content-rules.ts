// The content checks that depend on the language, keyed by language: how reading level is
// scored and held, the "Words Matter" list, and the safety phrasings as that language writes
// them. A new language adds its entry here (the type asks for one); every other check
// (typed phone numbers, doses, citations, dates, safety steps) is the same in every language.
import type { Lang } from '../i18n/lang';
import { MAX_GRADE, readability, stigmaFindings, type Finding, type ProseLine } from './content-checks';
import { breathingFindings } from './breathing-check';
import { MEDIAN_MIN_EASE, PAGE_MIN_EASE, easeLabel, median, redoseFindingsEs, safetyFindingsEs, spanishEase, stigmaFindingsEs } from './content-checks-es';

/** A page's reading level, scored the way its language is scored. */
export interface ReadingLevel {
  /** As the report prints it: "grade 7.2", "ease 74.1 (bastante fácil)". */
  shown: string;
  /** The number the limits apply to: a grade (lower is easier) or an ease (higher is easier). */
  score: number;
  words: number;
  averageSentence: number;
  longestSentence: string;
  longestWords: number;
}

/** Text to check in one language: prose lines, the raw lines (for allow-words markers), and the lines read as written. */
export interface LanguageText {
  file: string;
  prose: ProseLine[];
  rawLines: readonly string[];
  /** Lines checked as written (the whole file for an article, the definition for a glossary entry), from `firstLine`. */
  written: readonly string[];
  firstLine: number;
  /** Words a glossary entry may quote (its allowWords). */
  allow?: ReadonlySet<string>;
}

export interface LanguageRules {
  reading(prose: ProseLine[]): ReadingLevel;
  /** A finding when a graded page (a guide or warning sign) is too hard to read. */
  pageTooHard(file: string, line: number, level: ReadingLevel): Finding | null;
  /** A finding when the middle graded page of the language is too hard, for languages that hold one. */
  medianTooHard(root: string, scores: number[]): Finding | null;
  /** The report's line about the language's graded pages, if it has one. */
  summary(scores: number[]): string;
  /** The "Words Matter" list of this language. */
  words(text: LanguageText): Finding[];
  /** The heading every guide's body opens with: what its reader can do this week (issue 25). */
  nowHeading: string;
  /** The safety phrasings as this language writes them, beyond the shared English-pattern rules. */
  phrasings(text: LanguageText): Finding[];
}

export const LANGUAGE_RULES: Record<Lang, LanguageRules> = {
  en: {
    reading(prose) {
      const r = readability(prose);
      return { shown: `grade ${r.grade}`, score: r.grade, words: r.words, averageSentence: r.averageSentence, longestSentence: r.longestSentence, longestWords: r.longestWords };
    },
    pageTooHard(file, line, r) {
      if (r.score <= MAX_GRADE) return null;
      return { file, line, rule: 'reading-level', severity: 'error', message: `reading level is grade ${r.score} (limit ${MAX_GRADE}). Shorten long sentences and use shorter words. Longest sentence (${r.longestWords} words): "${r.longestSentence.slice(0, 160)}"` };
    },
    medianTooHard: () => null,
    summary: () => '',
    words: ({ file, prose, rawLines, allow }) => stigmaFindings(file, prose, [...rawLines], allow),
    nowHeading: 'What can I do now?',
    // Beyond the shared rules (content-checks.ts, run on every language): "breathing normally".
    phrasings: ({ file, written, firstLine }) => breathingFindings(file, written, firstLine, 'en'),
  },
  es: {
    // Fernández-Huerta, a reading-ease score made for Spanish.
    reading(prose) {
      const e = spanishEase(prose);
      return { shown: `ease ${e.ease} (${e.label})`, score: e.ease, words: e.words, averageSentence: e.averageSentence, longestSentence: e.longestSentence, longestWords: e.longestWords };
    },
    pageTooHard(file, line, r) {
      if (r.score >= PAGE_MIN_EASE) return null;
      return { file, line, rule: 'reading-level', severity: 'error', message: `reading ease (Fernández-Huerta) is ${r.score}, "${easeLabel(r.score)}" (at least ${PAGE_MIN_EASE}, "normal"). Shorten long sentences and use shorter words. Longest sentence (${r.longestWords} words): "${r.longestSentence.slice(0, 160)}"` };
    },
    medianTooHard(root, scores) {
      if (!scores.length) return null;
      const m = median(scores);
      if (m >= MEDIAN_MIN_EASE) return null;
      return { file: `${root}/es`, line: 1, rule: 'reading-level', severity: 'error', message: `the median Spanish page's reading ease is ${m} ("${easeLabel(m)}"): it must be at least ${MEDIAN_MIN_EASE} ("bastante fácil").` };
    },
    summary: (scores) => (scores.length ? `Spanish guides and warning signs: median reading ease (Fernández-Huerta) ${median(scores)}, "${easeLabel(median(scores))}" (${scores.length} pages).` : ''),
    words: ({ file, prose, rawLines, allow }) => stigmaFindingsEs(file, prose, rawLines, allow),
    nowHeading: '¿Qué puedo hacer ahora?',
    phrasings: ({ file, prose, written, firstLine }) => [...safetyFindingsEs(file, prose), ...redoseFindingsEs(file, written, firstLine), ...breathingFindings(file, written, firstLine, 'es')],
  },
};
