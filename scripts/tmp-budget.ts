import { readFileSync } from 'node:fs';
import { pageWeight, explainerWeight } from '../src/lib/page-weight';
import { sitemapPaths } from '../e2e/pages';
import { everyCollection, listingHref } from '../src/collections';
import { langFromPath } from '../src/i18n/lang';
const read = (p: string) => readFileSync(`dist${p}`, 'utf8');
const listings = everyCollection().map(({ type, lang }) => listingHref(type, lang));
const rows = sitemapPaths().filter((p) => listings.some((l) => p.startsWith(l) && p !== l)).map((p) => {
  const html = read(`${p}index.html`);
  const w = pageWeight(html, read);
  const i = explainerWeight(html, read);
  const limit = langFromPath(p) === 'en' ? 1500 : 1800;
  return { p, words: w.words, total: w.total - i.markup - i.js, chrome: w.chrome, over: w.words <= limit ? w.total - i.markup - i.js - 14336 : null };
});
for (const r of rows.sort((a, b) => (b.over ?? -1e9) - (a.over ?? -1e9)).slice(0, 20)) console.log(r.p, r.words, r.total, r.chrome, r.over);
