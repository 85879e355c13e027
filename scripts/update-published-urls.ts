// npm run urls:update — adds every address of the built site to content/published-urls.txt.
// It never removes one: a published URL must keep working (add a redirect when a page moves).
import { readFileSync, writeFileSync } from 'node:fs';
import { builtSite } from '../src/build/built-site';
import { publicAddresses, PUBLISHED_LIST } from '../src/build/site-checks';
import { mergeList, parseList } from '../src/lib/published-urls';

const { pages } = builtSite('dist');
const before = readFileSync(PUBLISHED_LIST, 'utf8');
const after = mergeList(before, publicAddresses(pages));
writeFileSync(PUBLISHED_LIST, after);
console.log(`${PUBLISHED_LIST}: ${parseList(after).length - parseList(before).length} added, ${parseList(after).length} in all`);
