// Builds the Pagefind index through its Node API at the end of the build. Aliases from the
// glossary and each article's searchAliases are indexed with the page (never shown on it),
// and each glossary term becomes its own result. Any indexing error fails the build.
import type { AstroIntegrationLogger } from 'astro';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { BuiltPage } from './built-site';
import { headingLines, pageIn, type ContentIndex } from './content-index';
import { buildVocabulary, injectAliases, vocabularyPath } from '../search/vocabulary';
import { ALIAS_MARK } from '../search/excerpt';
import { LANG_INFO, LANGS } from '../i18n/lang';
import { ui } from '../i18n/ui';
import { staticHref } from '../i18n/twins';

function fail(what: string, errors: string[]): never {
  throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}`);
}

/** Step 3 of the post-build pipeline: the Pagefind index (one per language) and the vocabularies. */
export async function indexSearch(out: string, built: BuiltPage[], content: ContentIndex, logger: AstroIntegrationLogger): Promise<void> {
  const { articles } = content;
  // Each page goes into the index of its own <html lang>: Pagefind keeps one index per
  // language, and the search page loads the one for its language only.
  const aliasesByUrl = new Map(articles.map((a) => [a.url, a.data.searchAliases]));
  const glossaries = LANGS.map((lang) => ({ lang, entries: content.glossaries[lang] ?? [] }));
  // Glossary aliases also point at the article each term relates to, in the same language.
  for (const { lang, entries } of glossaries) {
    for (const g of entries) {
      const url = pageIn(content, g.related, lang);
      if (!url) continue;
      aliasesByUrl.set(url, [...(aliasesByUrl.get(url) ?? []), g.term, ...g.aliases, ...g.misspellings]);
    }
  }

  // Each indexed page, with its aliases added, is written to a staging folder that mirrors
  // dist/, and Pagefind reads the folder itself: it parses the pages in parallel, about twice as
  // fast as handing them over one by one. The addresses come from the paths, as in dist/.
  // Pagefind's process starts while the pages are staged.
  const staging = mkdtempSync(join(tmpdir(), 'after-a-break-index-'));
  const starting = pagefind.createIndex({});
  let pages = 0;
  let counts: string[] = [];
  try {
    for (const { path, file, html } of built) {
      if (!html.includes('data-pagefind-body')) continue;
      const staged = join(staging, relative(out, file));
      mkdirSync(dirname(staged), { recursive: true });
      writeFileSync(staged, injectAliases(html, [...new Set(aliasesByUrl.get(path) ?? [])]));
    }
    const { index, errors } = await starting;
    if (!index || errors.length) fail('creating the index', errors);
    const res = await index.addDirectory({ path: staging });
    if (res.errors.length) fail('indexing the pages', res.errors);
    pages = res.page_count;

    // Each glossary term is a result of its own. Sent at once (Pagefind takes them in order).
    const records = glossaries.flatMap(({ lang, entries }) => {
      const t = ui(lang);
      return entries.map(async (g) => {
        const added = await index.addCustomRecord({
          url: `${staticHref('/glossary/', lang)}#${g.id}`,
          content: `${g.term}. ${g.definition} ${t.glossary.aliases} ${g.aliases.join(', ')}. ${ALIAS_MARK} ${g.misspellings.join(` ${ALIAS_MARK} `)} ${ALIAS_MARK}`,
          language: LANG_INFO[lang].tag,
          meta: { title: g.term, summary: g.definition, type: t.searchPage.glossaryType },
          filters: { type: [t.searchPage.glossaryType] },
        });
        if (added.errors.length) fail(`indexing glossary term ${lang}:${g.id}`, added.errors);
      });
    });
    await Promise.all(records);
    // Pagefind writes its files in its own process: the vocabularies are built meanwhile.
    const writing = index.writeFiles({ outputPath: join(out, 'pagefind') });
    counts = writeVocabularies(out, content);
    const written = await writing;
    if (written.errors.length) fail('writing the index', written.errors);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    // Pagefind runs a service process: end it whether indexing worked or not.
    await pagefind.close();
  }

  // Pagefind writes its ready-made UIs too; the site uses its own, so drop them.
  for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
    rmSync(join(out, 'pagefind', f), { force: true });
  }
  logger.info(`indexed ${pages} pages and ${glossaries.map((g) => `${g.entries.length} ${g.lang}`).join(' + ')} glossary terms; for suggestions ${counts.join('; ')}`);
}

/** The "Did you mean" vocabulary of each language, from its articles and glossary; one line per language for the log. */
function writeVocabularies(out: string, content: ContentIndex): string[] {
  const counts: string[] = [];
  for (const lang of LANGS) {
    const entries = content.glossaries[lang] ?? [];
    const mine = content.articles.filter((a) => a.lang === lang);
    const vocabulary = buildVocabulary({
      prose: [
        ...mine.flatMap((a) => [a.data.title, a.data.summary, ...(a.data.inShort ?? []), ...headingLines(a.body)]),
        ...entries.map((g) => g.definition),
      ],
      glossary: entries.map((g) => ({ term: g.term, aliases: g.aliases, misspellings: g.misspellings })),
    });
    const file = join(out, vocabularyPath(lang));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(vocabulary));
    counts.push(`${lang}: ${vocabulary.words.length} words, ${Object.keys(vocabulary.aliases).length} aliases`);
  }
  return counts;
}
