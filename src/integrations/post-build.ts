// The post-build pipeline, one integration, its steps in this order and no other:
//   1. rewrite   what the site writes into dist/ (redirects, print URLs, CSP, _headers)
//   2. check     links, anchors, CSP tags and published URLs (reads the rewritten pages)
//   3. index     the Pagefind index per language, and the "Did you mean" vocabularies
//   4. offline   one service worker per language (precaches the index written in step 3)
// Each step is a function in src/build/; the options name exactly what they change. Steps 3
// and 4 take the articles and glossary from the content layer (content-index.ts), not the files.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { builtSite } from '../build/built-site';
import { rewriteSite } from '../build/site-rewrite';
import { checkSite } from '../build/site-checks';
import { indexSearch } from '../build/search-index';
import { bundleWorker, writeServiceWorkers } from '../build/service-worker';
import { takeContentIndex } from '../build/content-index';

export interface PostBuildOptions {
  /** Short links and moved pages, for _redirects (the same map Astro builds its redirect pages from). */
  redirects: Record<string, string>;
  /** A new page missing from content/published-urls.txt fails the build. Off only while `npm run urls:update` writes the list. */
  requireListedUrls: boolean;
  /** An offline core over 1 MB fails the build ('fail'); the scaling benchmark's synthetic pages only warn ('warn'). */
  precacheBudget: 'fail' | 'warn';
}

export default function postBuild(options: PostBuildOptions): AstroIntegration {
  let site = '';
  return {
    name: 'after-a-break:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Each step is timed: `npm run bench` reports where the build's time goes.
        const times: string[] = [];
        let t = performance.now();
        const lap = (step: string) => {
          const now = performance.now();
          times.push(`${step} ${Math.round(now - t)} ms`);
          t = now;
        };
        // esbuild bundles the service worker in its own process while the steps before it run;
        // a failure surfaces in step 4 (a step that fails first leaves it unread, not unhandled).
        const worker = bundleWorker();
        worker.catch(() => undefined);
        // The content layer's entries, rendered by the build as an endpoint: read, then removed.
        const content = takeContentIndex(out);
        const { files, pages } = builtSite(out);
        lap('read');
        rewriteSite(out, pages, files, options.redirects, site);
        lap('rewrite');
        const { errors, listed } = checkSite(pages, files, { requireListedUrls: options.requireListedUrls });
        if (errors.length) throw new Error(`Site checks failed:\n  ${errors.join('\n  ')}`);
        logger.info(`${pages.length} pages: every link resolves; all ${listed} published URLs resolve${options.requireListedUrls ? '' : ' (new pages not required in the list: it is being updated)'}`);
        lap('check');
        await indexSearch(out, pages, content, logger);
        lap('index');
        await writeServiceWorkers(out, content, logger, options.precacheBudget, worker);
        lap('offline');
        logger.info(`post-build steps: ${times.join(', ')}`);
      },
    },
  };
}
