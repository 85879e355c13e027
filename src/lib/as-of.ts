// Facts that expire: <AsOf date="YYYY-MM-DD" recheck="YYYY-MM-DD">claim</AsOf>.
// The page shows "(as of <month year>)" after the claim; the content check warns from
// WARN_DAYS before `recheck` and fails after it, so a time-limited claim can't outlive its date.
import type { Finding } from '../build/content-checks';
import { startOfUtcDay } from './review';

export const WARN_DAYS = 30;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A YYYY-MM-DD string as a UTC date, or null when it is not a real calendar day. */
export function parseDay(value: string | undefined): Date | null {
  if (!value || !ISO.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

const LABELS = {
  en: { locale: 'en-US', words: 'as of' },
  es: { locale: 'es-US', words: 'datos de' },
} as const;

/** "December 2026" / "diciembre de 2026": the month a claim was checked. Throws on a bad date, so a broken tag stops the build. */
export function monthYear(date: string, lang: keyof typeof LABELS = 'en'): string {
  const d = parseDay(date);
  if (!d) throw new Error(`<AsOf date="${date}">: date must be a real day written YYYY-MM-DD`);
  return new Intl.DateTimeFormat(LABELS[lang].locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** "as of December 2026" / "datos de diciembre de 2026". */
export function asOfLabel(date: string, lang: keyof typeof LABELS = 'en'): string {
  return `${LABELS[lang].words} ${monthYear(date, lang)}`;
}

const TAG = /<AsOf\b([^>]*)>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The words of the claim that starts at `from` (tags dropped), and the source it cites (inside, or the <Cite> right after it). */
function claimAt(text: string, from: number): { claim: string; source: string } {
  const rest = text.slice(from);
  const end = rest.indexOf('</AsOf>');
  const inside = end === -1 ? rest : rest.slice(0, end);
  const after = end === -1 ? '' : rest.slice(end + 7);
  const words = inside.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  const claim = words.length > 100 ? `${words.slice(0, 100)}…` : words;
  const cited = /<Cite\s+id="([^"]+)"/.exec(inside)?.[1] ?? /^\s*<Cite\s+id="([^"]+)"/.exec(after)?.[1];
  return { claim, source: cited ?? 'none cited: add a <Cite>' };
}

/**
 * Every <AsOf> tag in a file's lines: an error when its dates are missing or wrong, or when
 * `recheck` has passed; a warning from WARN_DAYS before it. `firstLine` is the 1-based line of lines[0].
 */
export function asOfFindings(file: string, lines: readonly string[], firstLine: number, today: Date): Finding[] {
  const findings: Finding[] = [];
  const day = startOfUtcDay(today).getTime();
  lines.forEach((text, i) => {
    const line = firstLine + i;
    for (const m of text.matchAll(TAG)) {
      const attrs = m[1]!;
      const date = parseDay(attr(attrs, 'date'));
      const recheck = parseDay(attr(attrs, 'recheck'));
      const fail = (message: string) => findings.push({ file, line, rule: 'as-of', severity: 'error', message });
      if (!date) { fail('<AsOf> needs date="YYYY-MM-DD": the day the claim was checked.'); continue; }
      if (!recheck) { fail('<AsOf> needs recheck="YYYY-MM-DD": the day by which the claim must be checked again.'); continue; }
      if (recheck.getTime() <= date.getTime()) { fail(`<AsOf> recheck (${attr(attrs, 'recheck')}) must be after date (${attr(attrs, 'date')}).`); continue; }
      const left = Math.round((recheck.getTime() - day) / DAY_MS);
      if (left < 0) {
        const { claim, source } = claimAt(text, m.index! + m[0].length);
        fail(`this time-limited claim was due to be rechecked on ${attr(attrs, 'recheck')}: "${claim}" (source: ${source}). Check it against its source, then update date and recheck (or rewrite the claim so it stays true).`);
      } else if (left <= WARN_DAYS) {
        findings.push({ file, line, rule: 'as-of', severity: 'warning', message: `this time-limited claim must be rechecked by ${attr(attrs, 'recheck')} (${left} day${left === 1 ? '' : 's'} left); after that the check fails.` });
      }
    }
  });
  return findings;
}

/** "As of 2025" typed as words: a time-limited claim that nothing will ever ask to recheck. */
const AS_OF_WORDS = /\bas of (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?20\d\d\b/i;

export function asOfWordFindings(file: string, lines: readonly string[], firstLine: number): Finding[] {
  const findings: Finding[] = [];
  lines.forEach((text, i) => {
    const outside = text.replace(/<AsOf\b[^>]*>[\s\S]*?<\/AsOf>/g, ' ');
    if (AS_OF_WORDS.test(outside)) {
      findings.push({ file, line: firstLine + i, rule: 'as-of', severity: 'error', message: 'a time-limited claim is dated in plain words ("as of …"): wrap it in <AsOf date="YYYY-MM-DD" recheck="YYYY-MM-DD">…</AsOf> so the check asks for a recheck (in frontmatter, where components cannot go, say it without a date).' });
    }
  });
  return findings;
}
