// Short links and moved pages become static redirects (an HTML page with a meta refresh at
// the old address, which works on any static host, plus a _redirects file for hosts that
// read one). Pure: the config reads the YAML and passes it here.

/** /go/<name> for English, /ir/<name> for Spanish: each language's short links live under its own word. */
export function shortLinkRedirects(links: Record<string, string>, prefix = '/go/', file = 'content/short-links.yaml'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, target] of Object.entries(links)) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`${file}: "${name}" must be lowercase letters, digits and hyphens`);
    if (!target.startsWith('/')) throw new Error(`${file}: "${name}" must point at a path on this site, like /guides/naloxone/`);
    out[`${prefix}${name}`] = target;
  }
  return out;
}

export function movedPageRedirects(moves: Record<string, string> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(moves ?? {})) {
    if (!from.startsWith('/') || !to.startsWith('/')) throw new Error(`content/redirects.yaml: "${from}: ${to}" must map one site path to another`);
    out[from.replace(/\/$/, '') || '/'] = to;
  }
  return out;
}

/** The Netlify / Cloudflare Pages _redirects file: permanent redirects. */
export function redirectsFile(all: Record<string, string>): string {
  return Object.entries(all).map(([from, to]) => `${from} ${to} 301\n${from}/ ${to} 301`).join('\n') + '\n';
}

/**
 * Astro writes redirect pages with content="0;url=/x/"; the HTML standard wants a space after
 * the semicolon ("0; url=/x/"), and the Nu checker rejects the page without it.
 */
export function validRefresh(html: string): string {
  return html.replace(/(<meta http-equiv="refresh" content="\d+;)(?=url=)/gi, '$1 ');
}
