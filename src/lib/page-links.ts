// Links to this site's pages end in a slash, as the pages are published (/guides/naloxone/).
// Without it a host answers with a redirect first (one more round trip on a slow network),
// and offline the service worker would not find the saved page under the other address.

/** Adds the slash to every href="/path" (before any #anchor or ?query) that names a page in `isPage`'s site. */
export function slashPageLinks(html: string, isPage: (pathWithSlash: string) => boolean): string {
  return html.replace(/href="(\/[^"#?]*[^"#?/])([#?][^"]*)?"/g, (m, path: string, rest = '') => (isPage(`${path}/`) ? `href="${path}/${rest}"` : m));
}
