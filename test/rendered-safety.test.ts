// Every built page, as a reader sees it, in its own language: no stigmatising word (unless an
// element quotes it on purpose), no time in which tolerance is lost, no amount to take, no
// naloxone "until they wake". The articles are also checked where they are written; this
// covers what only the build shows: the static pages, the interface words, and the overdose
// steps, safety steps and crisis bar, in every language, inside every page.
import { expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { builtSite } from '../src/build/built-site';
import { pageLang, renderedFindings } from '../src/build/rendered-text';

test('every built page says nothing the word list or the safety rules forbid, in its language', () => {
  expect(existsSync('dist/index.html'), 'run `npm run build` first').toBe(true);
  const pages = builtSite('dist').pages.filter((p) => !/http-equiv="refresh"/.test(p.html));
  expect(pages.length).toBeGreaterThan(80);
  expect(new Set(pages.map((p) => pageLang(p.html)))).toEqual(new Set(['en', 'es']));
  const findings = pages.flatMap((p) => renderedFindings(p.path, p.html)).map((f) => `${f.file} [${f.rule}] ${f.message}`);
  expect(findings).toEqual([]);
});
