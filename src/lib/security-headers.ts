// The per-page Content-Security-Policy for the _headers file, taken from the policy Astro
// wrote into the page, so the header and the meta tag never disagree. Pure.

export function pageCsp(html: string): string | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return m ? m[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"') : null;
}

export function headerBlock(path: string, csp: string): string {
  const policy = csp.replace(/;\s*$/, '');
  return `${path}\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`;
}

/** The CSP hash of an inline script or style, as browsers compute it: SHA-256 of its exact text, base64. */
export function cspHash(text: string, sha256Base64: (s: string) => string): string {
  return `'sha256-${sha256Base64(text)}'`;
}

/**
 * Astro's policy lists the hash of every inline script and style in the whole site on every
 * page (about 0.6 KB of incompressible base64 each time). Keep, in each page's own meta tag,
 * only the hashes of the scripts and styles that page has. Nothing is added: a page whose
 * inline code has a hash the policy lacks is returned unchanged (the browser would block it,
 * and the tests would say so).
 */
export function trimCspHashes(html: string, sha256Base64: (s: string) => string): string {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  if (!meta) return html;
  const inline = (tag: 'script' | 'style') =>
    [...html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .filter((m) => !/\ssrc=/i.test(m[1] ?? '') && !/type="application\/(?:ld\+)?json"/i.test(m[1] ?? ''))
      .map((m) => cspHash(m[2]!, sha256Base64));
  const needed = { 'script-src': new Set(inline('script')), 'style-src': new Set(inline('style')) };
  const encoded = meta[1]!;
  const policy = encoded.replace(/&#39;/g, "'");
  let complete = true;
  const trimmed = policy.replace(/(script-src|style-src)([^;]*)/g, (_all, directive: 'script-src' | 'style-src', values: string) => {
    const tokens = values.trim().split(/\s+/);
    const have = new Set(tokens);
    for (const hash of needed[directive]) if (!have.has(hash)) complete = false;
    return `${directive} ${tokens.filter((t) => !t.includes('sha256-') || needed[directive].has(t)).join(' ')}`;
  });
  return complete ? html.replace(encoded, encoded.includes('&#39;') ? trimmed.replace(/'/g, '&#39;') : trimmed) : html;
}
