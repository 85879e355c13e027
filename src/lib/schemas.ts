// The contract editors meet. Pure zod (no Astro imports) so unit tests can prove each rule.
// content.config.ts wraps these for Astro's loaders.
import { z } from 'zod';
import { ARTICLE_COLLECTIONS } from '../collections';

export const AUDIENCES = ['people-who-use-drugs', 'family', 'outreach-worker', 'clinician'] as const;
export const TOPICS = [
  'tolerance', 'overdose', 'naloxone', 'safer-use', 'moud', 'methadone', 'buprenorphine',
  'naltrexone', 'withdrawal', 'benzodiazepines', 'medicines', 'jail-and-prison', 'treatment',
  'recovery', 'warning-signs', 'family', 'pain', 'mental-health', 'drug-supply', 'pregnancy',
  'rights',
] as const;

export const SUMMARY_MAX = 160;
export const TEXT_MESSAGE_MAX = 300;
/** The message an editor writes; the site appends the link, and the whole text stays under TEXT_MESSAGE_MAX. */
export const TEXT_MESSAGE_BODY_MAX = 220;

/** nextReview must come after lastReviewed and no more than 12 months later. */
export function reviewWindowProblem(last: Date, next: Date): string | null {
  if (next.getTime() <= last.getTime()) return 'nextReview must be after lastReviewed';
  const limit = new Date(last);
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  if (next.getTime() > limit.getTime()) return 'nextReview must be at most 12 months after lastReviewed';
  return null;
}

const isoDate = z.coerce.date({ error: 'must be a date like 2026-11-29' });

const relatedRef = z
  .string()
  .regex(new RegExp(`^(${ARTICLE_COLLECTIONS.join('|')})/[a-z0-9-]+$`), `must look like ${ARTICLE_COLLECTIONS.map((c) => `${c}/<slug>`).join(', ')}`);

/**
 * A translated page names the English page it translates and the English text it was made
 * from (`englishHash`, see lib/translations.ts): the build warns when the English page changes.
 * `englishIds` holds every English page as "guides/naloxone"; null leaves the field out.
 */
export interface TranslationRule { englishIds: ReadonlySet<string>; collection: string }

/** `related` names English pages ("guides/naloxone"); with the set of them, a missing one fails the entry. */
function relatedList(englishIds: ReadonlySet<string> | null) {
  return z
    .array(relatedRef.refine((ref) => englishIds === null || englishIds.has(ref), { error: (issue) => `related page "${String(issue.input)}" does not exist` }))
    .default([]);
}

function translationFields(rule: TranslationRule | null) {
  if (!rule) return {};
  return {
    translationOf: z
      .string({ error: 'translationOf is required: the English page this translates, like guides/naloxone' })
      .refine((ref) => ref.startsWith(`${rule.collection}/`), { error: `translationOf must be a page of the same type (${rule.collection}/<slug>)` })
      .refine((ref) => rule.englishIds.has(ref), { error: (issue) => `translationOf "${String(issue.input)}" is not an English page` }),
    englishHash: z
      .string({ error: 'englishHash is required: run `npm run translations:stamp -- <this file>` once the translation matches the English page' })
      .regex(/^[0-9a-f]{12}$/, 'englishHash must be 12 hex digits, written by `npm run translations:stamp`'),
  };
}

function baseArticle(sourceKeys: ReadonlySet<string>, minSources: number, translation: TranslationRule | null = null, englishIds: ReadonlySet<string> | null = null) {
  return z
    .object({
      ...translationFields(translation),
      title: z.string({ error: 'title is required' }).trim().min(1, 'title is required'),
      summary: z
        .string({ error: 'summary is required' })
        .trim()
        .min(20, 'summary is too short: write one full sentence')
        .max(SUMMARY_MAX, `summary must be at most ${SUMMARY_MAX} characters (it is the meta description and the card text)`),
      topics: z.array(z.enum(TOPICS)).min(1, 'give at least one topic'),
      audience: z.array(z.enum(AUDIENCES)).min(1, 'give at least one audience'),
      lastReviewed: isoDate,
      nextReview: isoDate,
      sources: z
        .array(
          z.string().refine((key) => sourceKeys.has(key), {
            error: (issue) => `unknown source key "${String(issue.input)}": add it to content/sources.yaml or fix the spelling`,
          }),
        )
        .min(minSources, minSources === 1 ? 'cite at least one source' : `cite at least ${minSources} sources`)
        .refine((keys) => new Set(keys).size === keys.length, 'a source key is listed twice'),
      searchAliases: z.array(z.string().trim().min(1)).default([]),
      related: relatedList(englishIds ?? translation?.englishIds ?? null),
      /** Position in its listing: lower comes first; pages without one follow, by title. */
      order: z.number().int().positive().optional(),
      draft: z.boolean().default(false),
      /** A page for the worst moment: the overdose steps come first, right under the title. */
      emergency: z.boolean().default(false),
    })
    .strict();
}

function withReviewCheck<T extends z.ZodType<{ lastReviewed: Date; nextReview: Date }>>(schema: T) {
  return schema.superRefine((data, ctx) => {
    const problem = reviewWindowProblem(data.lastReviewed, data.nextReview);
    if (problem) ctx.addIssue({ code: 'custom', path: ['nextReview'], message: problem });
  });
}

const inShort = z
  .array(z.string().trim().min(1))
  .min(3, 'inShort needs 3 to 5 bullet points')
  .max(5, 'inShort needs 3 to 5 bullet points');

export function guideSchema(sourceKeys: ReadonlySet<string>, translation: TranslationRule | null = null, minSources = 1, englishIds: ReadonlySet<string> | null = null) {
  return withReviewCheck(
    baseArticle(sourceKeys, minSources, translation, englishIds).extend({
      inShort,
      textMessage: z
        .string()
        .trim()
        .max(TEXT_MESSAGE_BODY_MAX, `textMessage must be at most ${TEXT_MESSAGE_BODY_MAX} characters: the link is added after it and the whole text must stay under ${TEXT_MESSAGE_MAX}`)
        .optional(),
    }),
  );
}

export const warningSignSchema = guideSchema;

const consent = z
  .object({
    date: isoDate,
    how: z.string().trim().min(3, 'say how consent was given, e.g. "signed form kept by the editor"'),
  })
  .strict();

export function storySchema(sourceKeys: ReadonlySet<string>, translation: TranslationRule | null = null, minSources = 0, englishIds: ReadonlySet<string> | null = null) {
  return withReviewCheck(
    baseArticle(sourceKeys, minSources, translation, englishIds).extend({
      kind: z.enum(['composite', 'contributed'], { error: 'kind must be "composite" or "contributed"' }),
      contentNote: z.string({ error: 'contentNote is required: say what the story mentions' }).trim().min(3),
      consent: consent.optional(),
    }),
  ).superRefine((data, ctx) => {
    if (data.kind === 'contributed' && !data.consent) {
      ctx.addIssue({ code: 'custom', path: ['consent'], message: 'a contributed story needs a consent record (date and how it was given)' });
    }
    if (data.kind === 'composite' && data.consent) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a composite story has no consent record: set kind to "contributed" or remove consent' });
    }
  });
}

export const sourceSchema = z
  .object({
    authors: z.string().trim().min(1).optional(),
    title: z.string({ error: 'title is required' }).trim().min(1, 'title is required'),
    journal: z.string().trim().min(1).optional(),
    publisher: z.string().trim().min(1).optional(),
    year: z.number({ error: 'year must be a number like 2021' }).int().min(1900).max(2100),
    url: z.url({ protocol: /^https$/, error: 'url must be a full https:// address' }).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'doi must look like 10.1234/abc (without https://doi.org/)').optional(),
    /** A printed book with no page of its own online: authors, title, publisher and year identify it. */
    book: z.literal(true, { error: 'book may only be true' }).optional(),
    /** The publisher's own Spanish version of the same item (MedlinePlus en español, CDC en español…). */
    spanishUrl: z.url({ protocol: /^https$/, error: 'spanishUrl must be a full https:// address' }).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.url && !s.doi && !s.book) ctx.addIssue({ code: 'custom', path: ['url'], message: 'give a url or a doi (or both), or mark a printed book with book: true' });
    if (s.book && !s.publisher) ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'a book needs its publisher' });
    if (!s.journal && !s.publisher) ctx.addIssue({ code: 'custom', path: ['journal'], message: 'give the journal or the publisher' });
    if (s.url && isSearchUrl(s.url)) ctx.addIssue({ code: 'custom', path: ['url'], message: 'url is a search page: point it at the item itself (its DOI, PubMed or agency page)' });
  });

/** A search or query page, not the item a citation names (a reader can't check a claim against a search). */
export function isSearchUrl(url: string): boolean {
  const u = new URL(url);
  return /[?&](?:term|q|query|search|conditions%5Bterm%5D|conditions\[term\])=/i.test(u.search) || /\/search(?:\.cfm|\/|$)/i.test(u.pathname);
}

/** 3-digit service numbers (911, 988) or the North American form 1-800-555-0100. */
export const PHONE_PATTERN = /^(\d{3}|1-\d{3}-\d{3}-\d{4})$/;
const phone = z.string().regex(PHONE_PATTERN, 'must be 3 digits (like 988) or written 1-800-555-0100');

export const helplineSchema = z
  .object({
    name: z.string().trim().min(1, 'name is required'),
    shortName: z.string().trim().min(1),
    number: phone,
    letters: z.string().optional(),
    how: z.array(z.enum(['call', 'text', 'tty'])).min(1, 'say how to reach it: call, text and/or tty'),
    tty: phone.optional(),
    textNumber: z.string().regex(/^\d{3,6}$|^1-\d{3}-\d{3}-\d{4}$/, 'textNumber must be a short code or 1-800-555-0100').optional(),
    textInstructions: z.string().optional(),
    hours: z.string().trim().min(1, 'hours are required'),
    purpose: z.string().trim().min(1, 'say what it is for'),
    country: z.enum(['US', 'CA']),
    checkedOn: isoDate,
    url: z.url({ protocol: /^https$/ }).optional(),
    crisisBar: z.number().int().positive().optional(),
    /** The line in Spanish: its Spanish name and words, and how to reach Spanish service. */
    es: z
      .object({
        name: z.string().trim().min(1, 'es.name is required'),
        shortName: z.string().trim().min(1, 'es.shortName is required'),
        purpose: z.string().trim().min(1, 'es.purpose is required'),
        hours: z.string().trim().min(1, 'es.hours is required'),
        textInstructions: z.string().trim().min(1).optional(),
        /** How to reach a Spanish speaker, only as verified on the service's own page. */
        spanish: z
          .object({
            how: z.string().trim().min(1, 'say how to reach Spanish service'),
            /** The key to press after calling, when the menu has one. */
            press: z.string().regex(/^\d$/, 'press must be one digit').optional(),
            /** The word to text for Spanish service. */
            textKeyword: z.string().regex(/^[A-Z]+$/, 'textKeyword is the word in capitals, like AYUDA').optional(),
            /** The service's own page the details were checked against. */
            checkedAt: z.url({ protocol: /^https$/, error: 'checkedAt must be the https address of the service page' }),
            checkedOn: isoDate,
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((h, ctx) => {
    if (h.how.includes('tty') && !h.tty) ctx.addIssue({ code: 'custom', path: ['tty'], message: 'how includes tty: give the tty number' });
  });

export function glossarySchema(relatedPages: ReadonlySet<string> | null) {
  return z
    .object({
      term: z.string().trim().min(1, 'term is required'),
      definition: z.string().trim().min(10, 'definition is required'),
      /** Slang, brand names and abbreviations people type. */
      aliases: z.array(z.string().trim().min(1)).default([]),
      /** Common misspellings: indexed so they still find the page, and corrected by "Did you mean". */
      misspellings: z.array(z.string().trim().min(1)).default([]),
      /** Words the definition may quote on purpose (to explain why the site avoids them). */
      allowWords: z.array(z.string().trim().min(1)).default([]),
      related: relatedRef.refine((r) => relatedPages === null || relatedPages.has(r), {
        error: (issue) => `related page "${String(issue.input)}" does not exist`,
      }),
    })
    .strict();
}


/** A URL-safe telephone link: tel:+18006624357, tel:988. */
export function telHref(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length === 11 ? `tel:+${digits}` : `tel:${digits}`;
}

/** Turn a zod error into lines that name the field, for build and test messages. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);
}
