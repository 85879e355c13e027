// Facts about the site itself, used by the layout, the meta tags and the tests.
export const SITE_NAME = 'After a Break';
export const TAGLINE = 'Opioid restarts, lost tolerance, and what comes next.';
/** Where "Exit this page" goes: a neutral, everyday site (GOV.UK uses a weather page). */
export const EXIT_URL = 'https://www.weather.gov/';
