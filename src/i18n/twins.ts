// Pages that exist in more than one language, by address. Static pages are listed here;
// article twins come from each translation's `translationOf` (see lib/page-index.ts).
import type { Lang } from './lang';

/** English address -> Spanish address, for pages that are not articles. */
export const STATIC_TWINS: Record<string, Partial<Record<Exclude<Lang, 'en'>, string>>> = {
  '/': { es: '/es/' },
  '/help/': { es: '/es/ayuda/' },
  '/about/': { es: '/es/acerca-de/' },
  '/glossary/': { es: '/es/glosario/' },
  '/search/': { es: '/es/buscar/' },
  '/tools/tolerance/': { es: '/es/herramientas/tolerancia/' },
  '/offline/': { es: '/es/sin-conexion/' },
  '/outreach/': { es: '/es/materiales/' },
  '/outreach/cards/': { es: '/es/materiales/tarjetas/' },
  // The not-found page: English at /404.html (Astro's name for it), Spanish at /es/404/.
  '/404.html': { es: '/es/404/' },
};

/** Static pages that are not for search engines (noindex): the offline and not-found pages. */
const UNLISTED = ['/offline/', '/404.html'];

/** One form for an address, so "/404", "/404/" and "/404.html" are the same page. */
export function canonicalPath(path: string): string {
  return path.replace(/\.html$/, '').replace(/\/?$/, '/');
}

/** Every language's address of the unlisted pages, in canonical form (for the sitemap filter). */
export function unlistedPaths(): string[] {
  return UNLISTED.flatMap((en) => [en, ...Object.values(STATIC_TWINS[en] ?? {})]).map(canonicalPath);
}

/** A language's address for one of the static pages ("/help/" in Spanish is "/es/ayuda/"). */
export function staticHref(englishPath: string, lang: Lang): string {
  if (lang === 'en') return englishPath;
  const href = STATIC_TWINS[englishPath]?.[lang];
  if (!href) throw new Error(`no ${lang} page for ${englishPath}: add it to STATIC_TWINS in src/i18n/twins.ts`);
  return href;
}
