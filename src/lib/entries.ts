// Published articles of one type in one language, through the content layer. The collections
// are made from the registry, so their names are data: this is the one typed way in.
import { getCollection } from 'astro:content';
import type { z } from 'zod';
import type { guideSchema, storySchema } from './schemas';
import { collectionName, type ArticleCollection } from '../collections';
import type { Lang } from '../i18n/lang';

/** The fields every article type shares (guides, warning signs, stories; every language). */
type GuideData = z.output<ReturnType<typeof guideSchema>>;
type StoryData = z.output<ReturnType<typeof storySchema>>;
export type ArticleData = GuideData & Partial<Pick<StoryData, 'kind' | 'contentNote' | 'consent'>> & {
  translationOf?: string;
  englishHash?: string;
};

export interface ArticleEntry {
  id: string;
  collection: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: ArticleData;
}

export async function articleEntries(type: ArticleCollection, lang: Lang): Promise<ArticleEntry[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const entries = (await getCollection(collectionName(type, lang) as any)) as unknown as ArticleEntry[];
  return entries.filter((e) => !e.data.draft);
}
