// The site's languages. English lives at the root, every other language under /<code>/.
// Pure: the layout, the routes, the build hooks and the tests all read these.
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_INFO: Record<Lang, {
  /** <html lang> and hreflang */
  tag: string;
  /** Intl locale for dates */
  locale: string;
  /** URL prefix: '' for English, '/es' for Spanish */
  prefix: string;
  /** The language's own name, for the language link */
  name: string;
}> = {
  en: { tag: 'en', locale: 'en-US', prefix: '', name: 'English' },
  es: { tag: 'es', locale: 'es-US', prefix: '/es', name: 'Español' },
};

/** The language a built page belongs to, from its address. */
export function langFromPath(path: string): Lang {
  for (const lang of LANGS) {
    const { prefix } = LANG_INFO[lang];
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return lang;
  }
  return 'en';
}

/** The home page of a language. */
export function homeOf(lang: Lang): string {
  return `${LANG_INFO[lang].prefix}/`;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/** "December 2, 2026" / "2 de diciembre de 2026" */
export function formatDay(d: Date, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LANG_INFO[lang].locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f.format(d);
}
