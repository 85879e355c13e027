// The article types, once. Content folders, collections, routes, listings, search filters,
// RSS, the service worker and the tests read this registry; adding a type is one entry here
// plus its content folder (content/<key>/, and content/<lang>/<key>/ for a translation).
import type { Lang } from './i18n/lang';
import { LANG_INFO, LANGS } from './i18n/lang';

export interface ArticleType {
  /** The address segment, per language: /guides/…, /es/guias/… */
  segment: Record<Lang, string>;
  label: Record<Lang, { one: string; many: string }>;
  /** The listing page's introduction, per language. */
  intro: Record<Lang, string>;
  /** Fewest sources an entry may cite (stories may cite none). */
  minSources: number;
  /** Frontmatter shape: a guide-like page (In short, text message) or a story (content note). */
  kind: 'guide' | 'story';
  /** Included in the RSS feed. */
  rss: boolean;
}

export const ARTICLE_TYPES = {
  guides: {
    segment: { en: 'guides', es: 'guias' },
    label: { en: { one: 'Guide', many: 'Guides' }, es: { one: 'Guía', many: 'Guías' } },
    intro: {
      en: 'Plain, cited guides on lost tolerance, restarting methadone, buprenorphine or naltrexone, getting through withdrawal, and using naloxone.',
      es: 'Guías claras y con fuentes sobre la tolerancia perdida, cómo volver a la metadona, la buprenorfina o la naltrexona, cómo pasar la abstinencia y cómo usar la naloxona.',
    },
    minSources: 3,
    kind: 'guide',
    rss: true,
  },
  'warning-signs': {
    segment: { en: 'warning-signs', es: 'senales-de-alerta' },
    label: { en: { one: 'Warning sign', many: 'Warning signs' }, es: { one: 'Señal de alerta', many: 'Señales de alerta' } },
    intro: {
      en: 'A return to use often starts long before the first use. These pages help you notice the signs early, in yourself or someone you love, and know what to do.',
      es: 'Volver a consumir muchas veces empieza mucho antes del primer consumo. Estas páginas le ayudan a notar las señales a tiempo, en usted o en alguien que quiere, y a saber qué hacer.',
    },
    minSources: 3,
    kind: 'guide',
    rss: false,
  },
  stories: {
    segment: { en: 'stories', es: 'historias' },
    label: { en: { one: 'Story', many: 'Stories' }, es: { one: 'Historia', many: 'Historias' } },
    intro: {
      en: 'Stories of people who restarted and what helped them next. Each one is a composite: the people are not real, and what happens to them is drawn from common experiences.',
      es: 'Historias de personas que volvieron a consumir y de lo que les ayudó después. Cada una es compuesta: las personas no son reales, y lo que les pasa viene de experiencias comunes.',
    },
    minSources: 0,
    kind: 'story',
    rss: true,
  },
} as const satisfies Record<string, ArticleType>;

export type ArticleCollection = keyof typeof ARTICLE_TYPES;
export const ARTICLE_COLLECTIONS = Object.keys(ARTICLE_TYPES) as ArticleCollection[];

/** What content/ holds per language: the article types, and the glossary. */
export type LanguageContent = ArticleCollection | 'glossary';

/** The content collection holding a type's pages (or the glossary) in a language: "guides", "es-guides", "es-glossary". */
export function collectionName(type: LanguageContent, lang: Lang): string {
  return lang === 'en' ? type : `${lang}-${type}`;
}

/** Where a language's pages of a type live in content/ (the glossary: that path plus .yaml): "guides", "es/guides". */
export function contentDir(type: LanguageContent, lang: Lang): string {
  return lang === 'en' ? type : `${lang}/${type}`;
}

/** A language's glossary file: content/glossary.yaml, content/es/glossary.yaml. */
export function glossaryFile(lang: Lang, root = 'content'): string {
  return `${root}/${contentDir('glossary', lang)}.yaml`;
}

/** The listing address: /guides/, /es/guias/. */
export function listingHref(type: ArticleCollection, lang: Lang = 'en'): string {
  return `${LANG_INFO[lang].prefix}/${ARTICLE_TYPES[type].segment[lang]}/`;
}

/** An article's address: /guides/naloxone/, /es/guias/naloxona/. */
export function articleHref(type: ArticleCollection, slug: string, lang: Lang = 'en'): string {
  return `${listingHref(type, lang)}${slug}/`;
}

/** Every (type, language) pair, for routes and loaders. */
export function everyCollection(): { type: ArticleCollection; lang: Lang; name: string }[] {
  return LANGS.flatMap((lang) => ARTICLE_COLLECTIONS.map((type) => ({ type, lang, name: collectionName(type, lang) })));
}

/**
 * The reference that names a page in every language: the English page's "guides/naloxone". An
 * English page's is its own; a translation's is its translationOf.
 */
export function articleRef(type: ArticleCollection, slug: string, lang: Lang, translationOf: unknown): string {
  return lang === 'en' ? `${type}/${slug}` : String(translationOf);
}

/** "guides/naloxone" -> { collection: 'guides', id: 'naloxone' } */
export function parseRef(ref: string): { collection: ArticleCollection; id: string } {
  const [collection, id, extra] = ref.split('/') as [ArticleCollection, string, string?];
  if (!(collection in ARTICLE_TYPES) || !id || extra !== undefined) throw new Error(`bad page reference "${ref}"`);
  return { collection, id };
}
