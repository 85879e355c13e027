// Facts about the site itself, used by the layout, the meta tags and the tests.
export const SITE_NAME = 'After a Break';
export const TAGLINE = 'Opioid restarts, lost tolerance, and what comes next.';
/** Where "Exit this page" goes: a neutral, everyday site (GOV.UK uses a weather page). */
export const EXIT_URL = 'https://www.weather.gov/';

export const NAV = [
  { href: '/guides/', label: 'Guides' },
  { href: '/warning-signs/', label: 'Warning signs' },
  { href: '/stories/', label: 'Stories' },
  { href: '/search/', label: 'Search' },
  { href: '/help/', label: 'Get help' },
] as const;

export const COLLECTION_LABELS = {
  guides: { one: 'Guide', many: 'Guides', path: '/guides/' },
  'warning-signs': { one: 'Warning sign', many: 'Warning signs', path: '/warning-signs/' },
  stories: { one: 'Story', many: 'Stories', path: '/stories/' },
} as const;

export type ArticleCollection = keyof typeof COLLECTION_LABELS;
