// What a page costs a reader on a slow connection, compressed as a host would send it: the
// HTML (stylesheet inlined), any stylesheet files, and every script file the page loads,
// including modules those import. One definition for the size tests and the benchmark.
import { gzipSync } from 'node:zlib';

export const gz = (s: string | Buffer): number => gzipSync(s, { level: 9 }).length;

/** Reads a built file by its site path, e.g. "/_astro/x.js". */
export type ReadFile = (sitePath: string) => string;

export interface PageWeight {
  /** HTML + CSS + JS, compressed file by file. */
  total: number;
  /** The same with the <article> removed: the site's chrome, CSS and JS. null on pages without one. */
  chrome: number | null;
  /** Inline scripts plus script files (and what they import). */
  js: number;
  /** Words an editor wrote in the article body (not sources or related links). */
  words: number;
}

function article(html: string): string {
  return /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
}

/** The tolerance explainer as it sits in a page: its inlined styles and its element. */
const EXPLAINER = /(<style>[^<]*<\/style>)?<tolerance-explainer[\s\S]*?<\/tolerance-explainer>/g;
const EXPLAINER_SCRIPT = /\/(ToleranceExplainer|tolerance-upgrade)[^/]*\.js$/;

/** What the explainer adds to a page (it has budgets of its own): markup and styles, and JS. */
export function explainerWeight(html: string, read: ReadFile): { markup: number; js: number } {
  const without = html.replace(EXPLAINER, '');
  if (without === html) return { markup: 0, js: 0 };
  const js = scriptFiles(html, read).filter((f) => EXPLAINER_SCRIPT.test(f));
  return { markup: gz(html) - gz(without), js: js.reduce((sum, f) => sum + gz(read(f)), 0) };
}

export function bodyWords(page: string): number {
  // The explainer's text is interactive, not article text: it is left out of the count.
  const html = page.replace(EXPLAINER, '');
  const start = html.indexOf('<div data-article-body>');
  if (start < 0) return 0;
  const end = html.indexOf('<section aria-labelledby="sources-heading"', start);
  return html.slice(start, end > start ? end : undefined).replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** Script files a page loads: its <script src>, and the modules they import, transitively. */
export function scriptFiles(html: string, read: ReadFile): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of read(path).matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(dir + m[1]);
  };
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) visit(m[1]!);
  return [...seen];
}

export function pageWeight(html: string, read: ReadFile): PageWeight {
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).filter((s) => s.trim()).join('\n');
  const scripts = scriptFiles(html, read).reduce((sum, f) => sum + gz(read(f)), 0);
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gz(read(m[1]!)), 0);
  const body = article(html);
  return {
    total: gz(html) + css + scripts,
    chrome: body ? gz(html.replace(body, '<article></article>')) + css + scripts : null,
    js: (inline.trim() ? gz(inline) : 0) + scripts,
    words: bodyWords(html),
  };
}

/**
 * The compressed bytes a reader needs before the page's first answer is on screen: everything
 * up to the end of "In short" and, on an emergency page, of the overdose steps. A host streams
 * compressed HTML, so this prefix is what must fit the first round trip on a slow network.
 */
export function firstAnswerBytes(html: string): number | null {
  const ends = [/data-in-short[\s\S]*?<\/(?:ul|ol)>/, /data-overdose-steps[\s\S]*?<\/section>/]
    .map((re) => re.exec(html))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m.index + m[0].length);
  return ends.length ? gz(html.slice(0, Math.max(...ends))) : null;
}
