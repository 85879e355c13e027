import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cspHash, headerBlock, pageCsp, trimCspHashes } from './security-headers';

const b64 = (s: string) => createHash('sha256').update(s).digest('base64');
const h = (s: string) => cspHash(s, b64);

const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('per-page CSP', () => {
  const a = 'console.log(1)';
  const b = 'console.log(2)';
  const css = 'p{color:red}';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${h(a)} ${h(b)}; style-src 'self' ${h(css)} ${h('x{}')};`.replace(/'/g, '&#39;');

  it('keeps only the hashes of the inline code the page has', () => {
    const out = pageCsp(trimCspHashes(page(policy, `<script>${a}</script><style>${css}</style><script src="/x.js"></script>`), b64))!;
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${h(a)};`);
    expect(out).not.toContain(h(b));
    expect(out).toContain(`style-src 'self' ${h(css)};`);
    expect(out).not.toContain(h('x{}'));
    expect(out).toContain("default-src 'self'");
  });

  it('changes nothing when the page has inline code the policy does not allow', () => {
    const html = page(policy, `<script>${a}</script><script>alert(3)</script>`);
    expect(trimCspHashes(html, b64)).toBe(html);
  });

  it('leaves a page without a policy alone, and writes the header block', () => {
    expect(trimCspHashes('<p>hi</p>', b64)).toBe('<p>hi</p>');
    expect(headerBlock('/x/', "default-src 'self';")).toBe("/x/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
  });
});
