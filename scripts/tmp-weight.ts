import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../src/lib/page-weight';
const read = (p: string) => readFileSync(`dist${p}`, 'utf8');
for (const p of ['/es/senales-de-alerta/senales-para-familia-y-amigos/', '/es/guias/dolor-y-recuperacion/', '/guides/pain-and-recovery/']) {
  const html = read(`${p}index.html`);
  const w = pageWeight(html, read);
  console.log(p, JSON.stringify(w));
  const parts: Record<string, RegExp> = {
    style: /<style[\s\S]*?<\/style>/g, head: /<head>[\s\S]*?<\/head>/g, crisis: /<aside class="crisis"[\s\S]*?<\/aside>/g, header: /<header[\s\S]*?<\/header>/g, footer: /<footer[\s\S]*?<\/footer>/g,
    sources: /<section aria-labelledby="sources-heading"[\s\S]*?<\/section>/g, related: /<section aria-labelledby="related-heading"[\s\S]*?<\/section>/g, help: /<aside class="panel" aria-labelledby="get-help-now"[\s\S]*?<\/aside>/g,
    body: /<div data-article-body>[\s\S]*?<\/div>\s*<section aria-labelledby="sources/g, safety: /<section class="panel urgent"[\s\S]*?<\/section>/g, scripts: /<script[\s\S]*?<\/script>/g,
  };
  for (const [k, re] of Object.entries(parts)) {
    const m = html.match(re)?.join('') ?? '';
    console.log('  ', k, m.length, gzipSync(m).length);
  }
}
