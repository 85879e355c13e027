// Bad input stops the build with a message that names the file and the field. Each case
// copies the project to a temporary folder, breaks one thing, and runs the real build.
import { afterAll, describe, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

const root = resolve('.');
const made: string[] = [];

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'after-a-break-'));
  made.push(dir);
  for (const item of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public']) cpSync(join(root, item), join(dir, item), { recursive: true });
  // Every package is linked, but each copy keeps its own caches (node_modules/.astro holds the
  // content store, .vite the bundler's): the copies build side by side and must not share them.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** A command in the copy; the cases run side by side (each waits on its own process). */
function run(dir: string, command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', fail);
    // Colour codes would split the messages we look for.
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') });
    });
  });
}

/** The real build in the copy. */
const build = (dir: string) => run(dir, join(root, 'node_modules/.bin/astro'), ['build']);

const edit = (dir: string, file: string, change: (s: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

/** Rename a story the careful way inside the site: the file and every link to it. */
function renameStory(dir: string, from: string, to: string) {
  renameSync(join(dir, `content/stories/${from}.mdx`), join(dir, `content/stories/${to}.mdx`));
  // Every reference to it moves too: related pages, glossary entries and translations.
  for (const folder of ['guides', 'warning-signs', 'stories', 'es/guides', 'es/warning-signs', 'es/stories']) {
    for (const f of readdirSync(join(dir, 'content', folder))) edit(dir, `content/${folder}/${f}`, (s) => s.replaceAll(`stories/${from}`, `stories/${to}`));
  }
  for (const f of ['glossary.yaml', 'es/glossary.yaml']) edit(dir, `content/${f}`, (s) => s.replaceAll(`stories/${from}`, `stories/${to}`));
}

afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe.concurrent('the build refuses bad input', { timeout: 300_000 }, () => {
  it('a renamed page without a redirect fails, naming the published URL', async ({ expect }) => {
    const dir = copyProject();
    renameStory(dir, 'first-two-weeks-out', 'out-of-jail');
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/published-urls.txt: /stories/first-two-weeks-out/ was published but no longer resolves');
  });

  it('the same rename with a redirect passes the URL check', async ({ expect }) => {
    const dir = copyProject();
    renameStory(dir, 'first-two-weeks-out', 'out-of-jail');
    writeFileSync(join(dir, 'content/redirects.yaml'), '/stories/first-two-weeks-out/: /stories/out-of-jail/\n');
    // The old address now redirects; the new page is not yet in the published list, and the
    // build says exactly that.
    const { output } = await build(dir);
    expect(output).not.toContain('/stories/first-two-weeks-out/ was published but no longer resolves');
    expect(output).toContain('/stories/out-of-jail/ is a new address not yet in content/published-urls.txt');
  });

  it('a broken frontmatter field fails, naming the file and the field', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/guides/naltrexone.mdx', (s) => s.replace(/^summary: .*$/m, `summary: "${'x'.repeat(170)}"`));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/guides → naltrexone data does not match collection schema/);
    expect(output).toMatch(/summary: summary must be at most 160 characters/);
    expect(output).toContain('content/guides/naltrexone.mdx');
  });

  it('the content check refuses the same broken field, through the same content layer, naming the file and the field', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/guides/naltrexone.mdx', (s) => s.replace(/^summary: .*$/m, `summary: "${'x'.repeat(170)}"`));
    const { code, output } = await run(dir, join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-content.ts')]);
    expect(code).toBe(1);
    expect(output).toContain('ERROR guides → naltrexone data does not match collection schema.');
    expect(output).toContain('summary: summary must be at most 160 characters');
    expect(output).toContain(`in ${join(dir, 'content/guides/naltrexone.mdx')}`);
  });

  it('an unknown source key fails, naming the entry and the key', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/guides/naltrexone.mdx', (s) => s.replace(/^sources: \[/m, 'sources: [no-such-study, '));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/guides → naltrexone/);
    expect(output).toContain('unknown source key "no-such-study"');
  });

  it('an overdue review date does not fail the build, and the page shows a notice', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/guides/naltrexone.mdx', (s) => s.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-02').replace(/^nextReview: .*$/m, 'nextReview: 2024-12-01'));
    const { code, output } = await build(dir);
    expect(code).toBe(0);
    const html = readFileSync(join(dir, 'dist/guides/naltrexone/index.html'), 'utf8');
    expect(html).toContain('data-review-overdue');
    expect(html).toContain('This page is past its review date.');
    expect(readFileSync(join(dir, 'dist/guides/naloxone/index.html'), 'utf8')).not.toContain('data-review-overdue');
    // The English page changed, so its Spanish translation is now older: the build warns,
    // naming both files, and the Spanish page tells its readers.
    expect(output).toContain('[translations] content/es/guides/naltrexona.mdx: translates content/guides/naltrexone.mdx, which has changed since');
    const spanish = readFileSync(join(dir, 'dist/es/guias/naltrexona/index.html'), 'utf8');
    expect(spanish).toContain('data-english-newer');
    expect(spanish).toContain('La versión en inglés de esta página se actualizó después de esta traducción');
    expect(spanish).toMatch(/<a href="\/guides\/naltrexone\/"[^>]* hreflang="en" lang="en">leer la versión en inglés<\/a>/);
    expect(readFileSync(join(dir, 'dist/es/guias/naloxona/index.html'), 'utf8')).not.toContain('data-english-newer');
  });

  it('a translation that names no English page fails, naming the file and the field', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/es/guides/naloxona.mdx', (s) => s.replace(/^translationOf: .*$/m, 'translationOf: guides/naloxon'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/es-guides → naloxona data does not match collection schema/);
    expect(output).toContain('translationOf "guides/naloxon" is not an English page');
    expect(output).toContain('content/es/guides/naloxona.mdx');
  });

  it('an alias claimed by two glossary terms fails, naming the file and both terms', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/glossary.yaml', (s) => s.replace('aliases: ["tranq", "tranq dope", "trank"]', 'aliases: ["tranq", "tranq dope", "trank", "narcan"]'));
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/glossary.yaml: aliases must be unique: "narcan" is used by both naloxone and xylazine');
  });

  it('a dated claim past its recheck day fails the build, naming the file, the claim and its source', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/guides/naltrexone.mdx', (s) => `${s}\n\n<AsOf date="2026-01-02" recheck="2026-02-01">A planted rule that has expired <Cite id="naltrexone-label" /></AsOf>.\n`);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/guides/naltrexone.mdx: <AsOf recheck="2026-02-01"> has passed: "A planted rule that has expired" (source: naltrexone-label)');
  });

  it('a broken internal link fails, naming the page and the link', async ({ expect }) => {
    const dir = copyProject();
    edit(dir, 'content/guides/naltrexone.mdx', (s) => `${s}\n\n[A link to nowhere](/guides/no-such-guide/)\n`);
    const { code, output } = await build(dir);
    expect(code).not.toBe(0);
    expect(output).toContain('broken link on /guides/naltrexone/: /guides/no-such-guide/');
  });
});
