// Pure helpers for "Listen to this page": which voice to use and what text to speak. No DOM
// globals here, so they run in unit tests.

export interface VoiceLike { name: string; lang: string; localService: boolean; default: boolean }

const base = (lang: string) => lang.toLowerCase().replace('_', '-').split('-')[0]!;

/**
 * A voice that runs on the device for the page's language, or null. Voices that send text to
 * a server (localService false) are never used: nothing a reader reads here leaves the phone.
 */
export function pickVoice<T extends VoiceLike>(voices: readonly T[], lang: string): T | null {
  const local = voices.filter((v) => v.localService && base(v.lang) === base(lang));
  const exact = lang.toLowerCase().replace('_', '-');
  return (
    local.find((v) => v.lang.toLowerCase().replace('_', '-') === exact && v.default) ??
    local.find((v) => v.lang.toLowerCase().replace('_', '-') === exact) ??
    local.find((v) => v.default) ??
    local[0] ??
    null
  );
}

/** Text as it should be spoken: citation marks like "[3]" dropped, white space folded. */
export function speakable(text: string): string {
  return text.replace(/\[\d+\]/g, ' ').replace(/\s+/g, ' ').replace(/ ([.,:;!?])/g, '$1').trim();
}

/** The blocks read aloud, in page order: headings, paragraphs, list items, table cells. */
export const BLOCK_SELECTOR = 'h1, h2, h3, h4, p, li, th, td, dt, dd, blockquote';
/** Text inside the read parts that is not read: anything hidden from sight. */
export const SKIP_SELECTOR = '[hidden], [aria-hidden="true"], .sr-only';
