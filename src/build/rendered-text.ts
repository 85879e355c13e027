// What a reader sees on a built page, as lines of text, and the safety phrasings checked on it
// in the page's language. Articles are checked where they are written (check:content); the
// words of the static pages (home, help, about, glossary, outreach, pocket cards) and of the
// components on every page (overdose steps, safety steps, crisis bar) live in .astro files,
// in every language, and are checked here as rendered.
import { LANGS, type Lang } from '../i18n/lang';
import { redoseFindings, safetyFindings, type Finding, type ProseLine } from './content-checks';
import { LANGUAGE_RULES } from './content-rules';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ', '&#160;': ' ' };

const ALLOW_MARK = /\{\/\* allow-words: [^*]*\*\/\}/g;
/** A marked line as the reader sees it. */
const unmark = (line: string) => line.replace(ALLOW_MARK, '').replace(/\s+/g, ' ').trim();

/**
 * The page's visible words, one line per block (paragraph, list item, heading, cell). Left out:
 * code and images, the sources list (titles of cited works, as published: "4 mg" in a label's
 * name is not an instruction) and the clinician sections (held to their own rule at the source).
 */
export function renderedLines(html: string): string[] {
  return markedLines(html).map(unmark);
}

/**
 * The same lines, where an element that quotes words on purpose (data-allow-words="addict,
 * clean", as on the about page and in the glossary) keeps the marker an article would carry:
 * {/* allow-words: addict, clean *\/}. The word list reads it as it does in MDX.
 */
function markedLines(html: string): string[] {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|svg|template|noscript)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[a-z][^>]*\bdata-allow-words="([^"]*)"[^>]*>/g, (tag, words: string) => `${tag} {/* allow-words: ${words} */} `)
    .replace(/<section\b[^>]*\bclass="sources"[^>]*>[\s\S]*?<\/section>/g, ' ')
    .replace(/<(section|details)\b[^>]*\bdata-for-clinicians[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/(p|li|h[1-6]|dt|dd|td|th|caption|figcaption|summary|blockquote|div|section|aside|header|footer|nav|ol|ul|table|tr)>|<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, (e) => ENTITIES[e.toLowerCase()] ?? e)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => unmark(l));
}

/** The language of a built page, from <html lang>; English when it names none of the site's. */
export function pageLang(html: string): Lang {
  const tag = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
  return LANGS.find((l) => l === tag) ?? 'en';
}

/**
 * What the content rules find on a rendered page, in its language: the "Words Matter" list
 * (words quoted on purpose carry data-allow-words), and the safety phrasings (a time in which
 * tolerance is lost, an amount for the reader to take, naloxone "until they wake") in English
 * patterns and in the page's language. Phone numbers are left alone: a rendered helpline shows
 * its number.
 */
export function renderedFindings(page: string, html: string): Finding[] {
  const marked = markedLines(html);
  const lines = marked.map(unmark);
  // Lines count as clinician text only so the clinician-section dose rule (checked at the source) stays out.
  const prose: ProseLine[] = lines.map((text, i) => ({ line: i + 1, text, clinician: true }));
  const rules = LANGUAGE_RULES[pageLang(html)];
  const text = { file: page, prose, rawLines: marked, written: lines, firstLine: 1 };
  // Outside MDX, a word quoted on purpose is marked on its element.
  const words = rules.words(text).map((f) => ({ ...f, message: `${f.message} (In an .astro page, component or the dictionary: data-allow-words="…" on the element that quotes it.)` }));
  return [
    ...words,
    ...safetyFindings(page, prose).filter((f) => f.rule !== 'typed-phone-number'),
    ...redoseFindings(page, lines, 1),
    ...rules.phrasings(text),
  ];
}
