// Builds the Pagefind index through its Node API at the end of the build. Aliases from the
// glossary and each article's searchAliases are indexed with the page (never shown on it),
// and each glossary term becomes its own result. Any indexing error fails the build.
import type { AstroIntegration } from 'astro';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtSite } from './built-site';
import { readArticles, readGlossary } from './content-files';
import { buildVocabulary, injectAliases } from '../lib/search-vocabulary';
import { ALIAS_MARK } from '../search/excerpt';

function fail(what: string, errors: string[]): never {
  throw new Error(`Search index: ${what} failed:\n  ${errors.join('\n  ')}`);
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'after-a-break:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const articles = readArticles();
        const glossary = readGlossary();
        const aliasesByUrl = new Map(articles.map((a) => [a.url, a.data.searchAliases ?? []]));
        // Glossary aliases also point at the article each term relates to.
        for (const g of glossary) {
          const url = `/${g.related}/`;
          aliasesByUrl.set(url, [...(aliasesByUrl.get(url) ?? []), g.term, ...g.aliases, ...g.misspellings]);
        }

        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        let pages = 0;
        try {
          if (!index || errors.length) fail('creating the index', errors);

          for (const { path, html } of builtSite(out).pages) {
            if (!html.includes('data-pagefind-body')) continue;
            const res = await index.addHTMLFile({ url: path, content: injectAliases(html, [...new Set(aliasesByUrl.get(path) ?? [])]) });
            if (res.errors.length) fail(`indexing ${path}`, res.errors);
            pages++;
          }
          for (const g of glossary) {
            const res = await index.addCustomRecord({
              url: `/glossary/#${g.id}`,
              content: `${g.term}. ${g.definition} Also called: ${g.aliases.join(', ')}. ${ALIAS_MARK} ${g.misspellings.join(` ${ALIAS_MARK} `)} ${ALIAS_MARK}`,
              language: 'en',
              meta: { title: g.term, summary: g.definition, type: 'Glossary' },
              filters: { type: ['Glossary'] },
            });
            if (res.errors.length) fail(`indexing glossary term ${g.id}`, res.errors);
          }
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length) fail('writing the index', written.errors);
        } finally {
          // Pagefind runs a service process: end it whether indexing worked or not.
          await pagefind.close();
        }

        const vocabulary = buildVocabulary({
          prose: [
            ...articles.flatMap((a) => [a.data.title, a.data.summary, ...((a.data.inShort as string[] | undefined) ?? []), ...a.body.split('\n').filter((l) => l.startsWith('#'))]),
            ...glossary.map((g) => g.definition),
          ],
          glossary: glossary.map((g) => ({ term: g.term, aliases: g.aliases, misspellings: g.misspellings })),
        });
        writeFileSync(join(out, 'search-vocabulary.json'), JSON.stringify(vocabulary));
        // Pagefind writes its ready-made UIs too; the site uses its own, so drop them.
        for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
          rmSync(join(out, 'pagefind', f), { force: true });
        }
        logger.info(`indexed ${pages} pages and ${glossary.length} glossary terms; ${vocabulary.words.length} words and ${Object.keys(vocabulary.aliases).length} aliases for suggestions`);
      },
    },
  };
}
