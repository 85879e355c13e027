// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import postBuild from './src/integrations/post-build.ts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { movedPageRedirects, shortLinkRedirects } from './src/lib/redirects.ts';
import { canonicalPath, unlistedPaths } from './src/i18n/twins.ts';

// Astro's anonymous telemetry would send a request to telemetry.astro.build from every build,
// dev server and check (and run git to name the project). This project sends nothing
// anywhere, its builds included. Astro reads this when it records an event, after this file loads.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The public address: set SITE_URL when you deploy your own copy (used for canonical URLs,
// the sitemap and link previews). The default is a placeholder, documented in the README.
const site = process.env.SITE_URL ?? 'https://after-a-break.example.org';

/** @param {string} path @returns {any} */
const readYaml = (path) => yaml.load(readFileSync(path, 'utf8'), { filename: path });
export const redirects = {
  ...shortLinkRedirects(readYaml('./content/short-links.yaml')),
  ...shortLinkRedirects(readYaml('./content/es/short-links.yaml'), '/ir/', 'content/es/short-links.yaml'),
  ...movedPageRedirects(readYaml('./content/redirects.yaml')),
};

const unlisted = new Set([...unlistedPaths(), ...Object.keys(redirects).map(canonicalPath)]);

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: {
    // One small stylesheet inlined in every page: it arrives in the first round trip.
    inlineStylesheets: 'always',
    format: 'directory',
  },
  redirects,
  // No code on this site; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    // Short links and moved pages (every redirect), and the offline and not-found pages in
    // every language, are not pages to find in a search engine.
    sitemap({ filter: (page) => !unlisted.has(canonicalPath(new URL(page).pathname)) }),
    // Rewrite, check, index, service workers: in that order, after the pages are written.
    postBuild({
      redirects,
      // `npm run urls:update` builds before it writes the list of published addresses.
      requireListedUrls: process.env.URLS_UPDATE !== '1',
      // The scaling benchmark builds thousands of synthetic pages on purpose.
      precacheBudget: process.env.BENCH_SYNTHETIC === '1' ? 'warn' : 'fail',
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Lazily loaded code ("Listen", the explainer's upgrade) is fetched when needed; Vite's
    // preload helper would otherwise load on every page before anything is tapped.
    build: { modulePreload: false },
  },
  security: {
    // Hash-based CSP on every page: Astro adds the hashes of its own scripts and styles.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its WebAssembly search engine in a worker (worker-src 'self'); if the worker
      // cannot start it falls back to the page itself, which needs 'wasm-unsafe-eval'.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
