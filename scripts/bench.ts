// npm run bench — prints the performance table: page weights, Lighthouse mobile scores, and
// how the build scales to 2,000 articles. Measured here, not in timed tests (the machine is
// shared and noisy); the size budgets themselves are enforced by test/budgets.test.ts.
// Options: --skip-lighthouse, --skip-scaling, --skip-starlight, --sizes 200,2000, --runs 5
// (cold builds per side in the Starlight comparison)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './static-server';
import { pageWeight } from '../src/lib/page-weight';
import { findChromium } from './browser.mjs';
import { ARTICLE_COLLECTIONS } from '../src/collections';

const args = process.argv.slice(2);
const kb = (n: number) => (n / 1024).toFixed(1);
const root = resolve('.');
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');

// 1. Page weights -------------------------------------------------------------------------
function pageWeights() {
  const paths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const read = (p: string) => readFileSync(`dist${p}`, 'utf8');
  console.log('\n## Page weight (gzip -9; budget: whole article page 14 KB up to 1,500 words, chrome 8 KB, JS 1.5 KB / 4.5 KB with the explainer)\n');
  console.log('| page | body words | HTML+CSS+JS | chrome | JS |');
  console.log('|---|---|---|---|---|');
  for (const p of paths) {
    const w = pageWeight(read(`${p}index.html`), read);
    console.log(`| ${p} | ${w.words || '-'} | ${kb(w.total)} KB | ${w.chrome === null ? '-' : `${kb(w.chrome)} KB`} | ${kb(w.js)} KB |`);
  }
}

// 2. Lighthouse --------------------------------------------------------------------------
async function lighthouseScores() {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const { server, url } = await serve('dist');
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium() ?? undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  console.log('\n## Lighthouse, mobile (emulated slow 4G and a mid-range phone)\n');
  console.log('| page | performance | accessibility | best practices | SEO | metrics |');
  console.log('|---|---|---|---|---|---|');
  try {
    for (const path of ['/', '/guides/naloxone/', '/search/', '/tools/tolerance/']) {
      const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result!.lhr.categories;
      const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
      const a = result!.lhr.audits;
      const metric = (k: string) => a[k]?.displayValue ?? '-';
      console.log(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')} |`);
      for (const [id, audit] of Object.entries(result!.lhr.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`|   ↳ ${id}: ${audit.title} | | | | |`);
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
}

// 3. Build scaling -----------------------------------------------------------------------
const WORDS = 'tolerance naloxone breathing restart clinic methadone buprenorphine withdrawal overdose support recovery break prescriber pharmacy craving family plan friend doctor counselor sleep water fentanyl strips treatment program window risk dose pain surgery dentist jail release hospital discharge shot blockade peer group therapy trauma morning evening weekend bus ride job shift apartment kitchen drawer phone call text message'.split(' ');

function synthetic(i: number): string {
  let seed = i * 7919;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const sentence = () => {
    const n = 6 + Math.floor(rnd() * 8);
    const w = Array.from({ length: n }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
    return w[0]!.charAt(0).toUpperCase() + w.join(' ').slice(1) + '.';
  };
  const paras = Array.from({ length: 12 }, (_, k) => `## Question ${k + 1} about topic ${i}?\n\n${Array.from({ length: 6 }, sentence).join(' ')}`);
  return `---
title: "Synthetic article ${i}"
summary: "A generated article used only to measure how the build scales with many pages."
topics: [recovery]
audience: [people-who-use-drugs]
lastReviewed: 2026-11-29
nextReview: 2027-11-28
sources: [samhsa-tip-63, sordo-2017, mclellan-2000]
searchAliases: ["synthetic ${i}"]
inShort: ["One.", "Two.", "Three."]
---
${paras.join('\n\n')}
`;
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).reduce((s, d) => s + statSync(join(d.parentPath, d.name)).size, 0);
}

/** Astro's own phases and the post-build steps, from a build's log: where the time goes. */
function whereTimeGoes(log: string): string {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const sync = /\[types\] Generated ([\d.]+m?s)/.exec(plain)?.[1];
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ([\d.]+m?s)/g)].map((m) => m[1]).join(' + ');
  const pages = /generating static routes[\s\S]*?✓ Completed in ([\d.]+m?s)/i.exec(plain)?.[1];
  const steps = /post-build steps: ([^\n]+)/.exec(plain)?.[1];
  return [sync && `content sync and types ${sync}`, bundles && `Vite ${bundles}`, pages && `pages ${pages}`, steps && `post-build: ${steps}`].filter(Boolean).join('; ');
}

function buildScaling(sizes: number[]) {
  console.log('\n## Build scaling (synthetic guides added to a temporary copy; link and URL checks skipped)\n');
  console.log('| extra articles | pages built | build time | per page | search index | precache | where the time goes |');
  console.log('|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'aab-bench-'));
    try {
      for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(join(root, item), join(dir, item), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
      for (let i = 0; i < n; i++) writeFileSync(join(dir, `content/guides/synthetic-${i}.mdx`), synthetic(i));
      const { seconds, log } = timedBuild(dir, ASTRO, { URLS_UPDATE: '1', BENCH_SYNTHETIC: '1' });
      const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
      const precache = /precaches (\d+) files, (\d+) KB/.exec(log);
      console.log(`| ${n} | ${pages} | ${seconds.toFixed(1)} s | ${((seconds * 1000) / pages).toFixed(0)} ms | ${kb(dirSize(join(dir, 'dist/pagefind')))} KB | ${precache ? `${precache[2]} KB` : 'over budget'} | ${whereTimeGoes(log)} |`);
    } catch (e) {
      console.log(`| ${n} | failed: ${(e as Error).message.split('\n')[0]} | | | | |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// 4. The same articles built by Starlight --------------------------------------------------
// A yardstick for build time: Starlight (the Astro docs theme, with its own Pagefind search)
// builds every article of this site, in both languages, in a temporary project. Our
// components become a plain stub there, since only the build's cost is compared. Starlight is
// installed on first use into node_modules/.bench-starlight (needs the npm registry).
const STARLIGHT = '0.42.4';

/** One cold build (`astro build --force`) with Node 24: how long it took, and its log. */
function timedBuild(cwd: string, astroBin: string, env: Record<string, string> = {}): { seconds: number; log: string } {
  const start = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/node'), [astroBin, 'build', '--force'], {
    // Astro's telemetry off on both sides (this site's config sets it too): no request to time.
    cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` }, maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`build in ${cwd} failed:\n${(r.stdout + r.stderr).slice(-2000)}`);
  return { seconds: (performance.now() - start) / 1000, log: r.stdout };
}

function starlightComparison(runs: number) {
  const home = join(root, 'node_modules/.bench-starlight');
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version as string;
  if (!existsSync(join(home, 'node_modules/@astrojs/starlight'))) {
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'package.json'), JSON.stringify({ private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT }, overrides: { vite: '~8.3.8' } }));
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: home, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`installing Starlight failed:\n${r.stderr.slice(-1000)}`);
  }
  // The Starlight project lives where Starlight is installed (Vite follows no symlinked
  // node_modules across projects); its pages are written afresh on each run.
  const dir = home;
  let articles = 0;
  try {
    for (const d of ['src', 'dist', '.astro']) rmSync(join(dir, d), { recursive: true, force: true });
    writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'https://example.org', integrations: [starlight({ title: 'After a Break' })] });\n");
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n");
    writeFileSync(join(dir, 'src/Stub.astro'), '<span><slot /></span>\n');
    const walk = (from: string, to: string) => {
      for (const f of readdirSync(from, { withFileTypes: true })) {
        if (f.isDirectory()) walk(join(from, f.name), join(to, f.name));
        else if (f.name.endsWith('.mdx')) {
          mkdirSync(to, { recursive: true });
          const text = readFileSync(join(from, f.name), 'utf8');
          const end = text.indexOf('\n---', 3) + 4;
          const names = [...new Set([...text.slice(end).matchAll(/<([A-Z][A-Za-z]+)/g)].map((m) => m[1]!))];
          const depth = to.slice(join(dir, 'src').length).split('/').filter(Boolean).length;
          const stub = `${'../'.repeat(depth)}Stub.astro`;
          // Only the title and description Starlight knows; the body unchanged.
          const title = /^title: (.*)$/m.exec(text)![1]!;
          const summary = /^summary: (.*)$/m.exec(text)![1]!;
          writeFileSync(join(to, f.name), `---\ntitle: ${title}\ndescription: ${summary}\n---\n${names.map((n) => `import ${n} from '${stub}';`).join('\n')}\n${text.slice(end)}`);
          articles++;
        }
      }
    };
    for (const folder of [...ARTICLE_COLLECTIONS, 'es']) walk(join(root, 'content', folder), join(dir, 'src/content/docs', folder));
    const astroBin = join(home, 'node_modules/astro/bin/astro.mjs');
    const ours: number[] = [];
    const theirs: number[] = [];
    let lastLog = '';
    let theirLog = '';
    for (let i = 0; i < runs; i++) {
      const their = timedBuild(dir, astroBin);
      theirs.push(their.seconds);
      theirLog = their.log;
      const build = timedBuild(root, ASTRO);
      ours.push(build.seconds);
      lastLog = build.log;
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const ourPages = readdirSync(join(root, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const theirPages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    console.log(`\n## Build time against Starlight (the same ${articles} articles; median of ${runs} cold builds, \`astro build --force\`)\n`);
    console.log('| build | HTML pages | time (median) | runs |');
    console.log('|---|---|---|---|');
    console.log(`| this site (every page, link and URL checks, search index, two service workers) | ${ourPages} | ${med(ours).toFixed(1)} s | ${ours.map((t) => t.toFixed(1)).join(', ')} |`);
    console.log(`| Starlight ${STARLIGHT} (the articles, with its Pagefind search) | ${theirPages} | ${med(theirs).toFixed(1)} s | ${theirs.map((t) => t.toFixed(1)).join(', ')} |`);
    console.log(`\nWhere this site's last build spent its time: ${lastLog ? whereTimeGoes(lastLog) : '-'}.`);
    console.log(`Where Starlight's last build spent its time: ${theirLog ? whereTimeGoes(theirLog) || '-' : '-'}.`);
  } finally {
    for (const d of ['src', 'dist', '.astro']) rmSync(join(dir, d), { recursive: true, force: true });
  }
}

pageWeights();
if (!args.includes('--skip-lighthouse')) await lighthouseScores();
if (!args.includes('--skip-starlight')) {
  const runsArg = args.indexOf('--runs');
  starlightComparison(runsArg >= 0 ? Number(args[runsArg + 1]) : 5);
}
if (!args.includes('--skip-scaling')) {
  const sizeArg = args.indexOf('--sizes');
  buildScaling(sizeArg >= 0 ? args[sizeArg + 1]!.split(',').map(Number) : [200, 2000]);
}
