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
