import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { guideSchema, storySchema, sourceSchema, helplineSchema, glossarySchema } from './lib/schemas';
import { readYamlMap } from './lib/yaml-data';
import { aliasClashes, type GlossaryLike } from './lib/glossary';
import { ARTICLE_TYPES, collectionName, everyCollection, contentDir } from './collections';
import { LANGS } from './i18n/lang';

const CONTENT = './content';

// Source keys are read once here so every article's `sources` list is checked at load time:
// an unknown key stops the build with the file and the field named.
const sourceKeys = new Set(Object.keys(readYamlMap(`${CONTENT}/sources.yaml`)));

const mdxFiles = (dir: string) => (existsSync(`${CONTENT}/${dir}`) ? readdirSync(`${CONTENT}/${dir}`).filter((f) => f.endsWith('.mdx')) : []);

/** Every English page as "guides/naloxone": what `related` and `translationOf` may name. */
const englishIds = new Set(
  everyCollection()
    .filter((c) => c.lang === 'en')
    .flatMap(({ type }) => mdxFiles(contentDir(type, 'en')).map((f) => `${type}/${f.replace(/\.mdx$/, '')}`)),
);

/**
 * A YAML mapping file as a collection; bad YAML fails the build instead of being skipped.
 * `check` sees every parsed entry at once, for rules between entries (a glossary alias may
 * belong to one term only): the content layer refuses the file, so the build, the dev server
 * and the content check all stop with the same message.
 */
function yamlMap(file: string, check?: (entries: { id: string; data: Record<string, unknown> }[]) => string[]): Loader {
  return {
    name: 'yaml-map',
    load: async ({ store, parseData, watcher }) => {
      const path = `${CONTENT}/${file}`;
      store.clear();
      if (!existsSync(path)) return;
      const data = readYamlMap(path);
      const parsed: { id: string; data: Record<string, unknown> }[] = [];
      for (const [id, raw] of Object.entries(data)) parsed.push({ id, data: await parseData({ id, data: raw, filePath: `content/${file}` }) });
      const problems = check?.(parsed) ?? [];
      if (problems.length) throw new Error(`content/${file}: ${problems.join('; ')}`);
      for (const { id, data: d } of parsed) store.set({ id, data: d, filePath: `content/${file}` });
      watcher?.add(path);
    },
  };
}

/** Glossary rule between entries: every term, alias and misspelling names one entry only. */
const uniqueAliases = (entries: { id: string; data: Record<string, unknown> }[]) =>
  aliasClashes(entries as unknown as GlossaryLike[]).map((p) => `aliases must be unique: ${p}`);

// One collection per article type and language, from the registry: guides, es-guides, …
const articles = Object.fromEntries(
  everyCollection().map(({ type, lang, name }) => {
    const { kind, minSources } = ARTICLE_TYPES[type];
    const translation = lang === 'en' ? null : { englishIds, collection: type };
    const schema = kind === 'story' ? storySchema(sourceKeys, translation, minSources, englishIds) : guideSchema(sourceKeys, translation, minSources, englishIds);
    return [name, defineCollection({ loader: glob({ base: `${CONTENT}/${contentDir(type, lang)}`, pattern: '**/*.mdx' }), schema })];
  }),
);

// The glossary per language: content/glossary.yaml, content/es/glossary.yaml (same ids).
const glossaries = Object.fromEntries(
  LANGS.map((lang) => [collectionName('glossary', lang), defineCollection({ loader: yamlMap(`${contentDir('glossary', lang)}.yaml`, uniqueAliases), schema: glossarySchema(englishIds) })]),
);

export const collections = {
  ...articles,
  ...glossaries,
  sources: defineCollection({ loader: yamlMap('sources.yaml'), schema: sourceSchema }),
  helplines: defineCollection({ loader: yamlMap('helplines.yaml'), schema: helplineSchema }),
};
