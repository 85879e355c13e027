import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_NAME, TAGLINE } from '../lib/site';
import { ARTICLE_COLLECTIONS, ARTICLE_TYPES, articleHref } from '../collections';
import { articleEntries } from '../lib/entries';

// New and updated English guides and stories for partner sites, newest review first.
export const GET: APIRoute = async ({ site }) => {
  const all = [];
  for (const type of ARTICLE_COLLECTIONS.filter((t) => ARTICLE_TYPES[t].rss)) {
    for (const e of await articleEntries(type, 'en')) all.push({ e, href: articleHref(type, e.id), kind: ARTICLE_TYPES[type].label.en.one });
  }
  const items = all
    .sort((a, b) => b.e.data.lastReviewed.getTime() - a.e.data.lastReviewed.getTime() || a.e.data.title.localeCompare(b.e.data.title))
    .map(({ e, href, kind }) => ({ title: e.data.title, description: e.data.summary, link: href, pubDate: e.data.lastReviewed, categories: [kind] }));
  return rss({ title: SITE_NAME, description: TAGLINE, site: site!, items, customData: '<language>en-us</language>' });
};
