import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readdirSync } from 'node:fs';
import { guideSchema, storySchema, warningSignSchema, sourceSchema, helplineSchema, glossarySchema } from './lib/schemas';
import { readYamlMap } from './lib/yaml-data';

const CONTENT = './content';

// Source keys are read once here so every article's `sources` list is checked at load time:
// an unknown key stops the build with the file and the field named.
const sourceKeys = new Set(Object.keys(readYamlMap(`${CONTENT}/sources.yaml`)));

const pageIds = new Set(
  ['guides', 'warning-signs', 'stories'].flatMap((dir) =>
    readdirSync(`${CONTENT}/${dir}`)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${dir}/${f.replace(/\.mdx$/, '')}`),
  ),
);

/** A YAML mapping file as a collection; bad YAML fails the build instead of being skipped. */
function yamlMap(file: string): Loader {
  return {
    name: 'yaml-map',
    load: async ({ store, parseData, watcher }) => {
      const path = `${CONTENT}/${file}`;
      const data = readYamlMap(path);
      store.clear();
      for (const [id, raw] of Object.entries(data)) {
        const parsed = await parseData({ id, data: raw, filePath: `content/${file}` });
        store.set({ id, data: parsed, filePath: `content/${file}` });
      }
      watcher?.add(path);
    },
  };
}

const mdx = (dir: string) => glob({ base: `${CONTENT}/${dir}`, pattern: '**/*.mdx' });

export const collections = {
  guides: defineCollection({ loader: mdx('guides'), schema: guideSchema(sourceKeys) }),
  'warning-signs': defineCollection({ loader: mdx('warning-signs'), schema: warningSignSchema(sourceKeys) }),
  stories: defineCollection({ loader: mdx('stories'), schema: storySchema(sourceKeys) }),
  sources: defineCollection({ loader: yamlMap('sources.yaml'), schema: sourceSchema }),
  helplines: defineCollection({ loader: yamlMap('helplines.yaml'), schema: helplineSchema }),
  glossary: defineCollection({ loader: yamlMap('glossary.yaml'), schema: glossarySchema(pageIds) }),
};
