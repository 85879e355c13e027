import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { SITE_NAME, TAGLINE } from '../lib/site';
import { articleHref } from '../lib/articles';

// New and updated guides and stories for partner sites, newest review first.
export const GET: APIRoute = async ({ site }) => {
  const guides = (await getCollection('guides', ({ data }) => !data.draft)).map((e) => ({ e, href: articleHref('guides', e.id), kind: 'Guide' }));
  const stories = (await getCollection('stories', ({ data }) => !data.draft)).map((e) => ({ e, href: articleHref('stories', e.id), kind: 'Story' }));
  const items = [...guides, ...stories]
    .sort((a, b) => b.e.data.lastReviewed.getTime() - a.e.data.lastReviewed.getTime() || a.e.data.title.localeCompare(b.e.data.title))
    .map(({ e, href, kind }) => ({ title: e.data.title, description: e.data.summary, link: href, pubDate: e.data.lastReviewed, categories: [kind] }));
  return rss({ title: SITE_NAME, description: TAGLINE, site: site!, items, customData: '<language>en-us</language>' });
};
