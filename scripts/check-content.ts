// npm run check:content   — every content check; exits 1 on any error.
// npm run report:content  — also writes content-report.md: every page with its numbers.
// Usage: tsx scripts/check-content.ts [--report] [--root content]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { readArticles, readGlossary } from '../src/integrations/content-files';
import {
  MAX_GRADE, citationFindings, citedKeys, componentCites, proseLines, readability, redoseFindings, safetyFindings, safetyStepsFinding,
  stigmaFindings, type Finding, type Readability,
} from '../src/lib/content-checks';
import { asOfFindings, asOfWordFindings } from '../src/lib/as-of';
import { isOverdue, isoDay } from '../src/lib/review';

export interface PageReport { file: string; type: string; reading: Readability; sources: number; reviewDue: string; overdue: boolean; warnings: number }
export interface CheckResult { findings: Finding[]; pages: PageReport[] }

function bodyStartLine(text: string): number {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return end + 2; // 1-based line number of the first body line
}

export function runChecks(root = 'content', today = new Date()): CheckResult {
  const findings: Finding[] = [];
  const pages: PageReport[] = [];
  const registry = new Set(Object.keys(yaml.load(readFileSync(`${root}/sources.yaml`, 'utf8')) as Record<string, unknown>));
  const citedAnywhere = new Set<string>();
  const componentFiles = readdirSync('src/components').filter((f) => f.endsWith('.astro') && f !== 'Cite.astro');
  const components = componentCites(
    Object.fromEntries(componentFiles.map((f) => [f.replace(/\.astro$/, ''), readFileSync(`src/components/${f}`, 'utf8')])),
  );
  // The overdose steps also live in components and on the printed cards: hold them to the same rule.
  for (const f of [...componentFiles.map((c) => `src/components/${c}`), 'src/pages/outreach/cards.astro']) {
    findings.push(...redoseFindings(f, readFileSync(f, 'utf8').split('\n'), 1));
  }

  for (const a of readArticles(root)) {
    const text = readFileSync(a.path, 'utf8');
    const first = bodyStartLine(text);
    const lines = proseLines(a.body, first);
    const rawLines = a.body.split('\n');
    const listed = (a.data.sources as string[] | undefined) ?? [];
    const before = findings.length;

    const reading = readability(lines);
    const graded = a.collection !== 'stories';
    if (graded && reading.grade > MAX_GRADE) {
      findings.push({ file: a.path, line: first, rule: 'reading-level', severity: 'error', message: `reading level is grade ${reading.grade} (limit ${MAX_GRADE}). Shorten long sentences and use shorter words. Longest sentence (${reading.longestWords} words): "${reading.longestSentence.slice(0, 160)}"` });
    }
    findings.push(...stigmaFindings(a.path, lines, rawLines));
    findings.push(...safetyFindings(a.path, lines));
    const fileLines = text.split('\n');
    findings.push(...redoseFindings(a.path, fileLines, 1));
    findings.push(...asOfFindings(a.path, fileLines, 1, today));
    findings.push(...asOfWordFindings(a.path, fileLines, 1));
    findings.push(...safetyStepsFinding(a.path, (a.data.topics as string[] | undefined) ?? [], a.body, first));
    // An emergency page shows the overdose steps from the layout, with their citations.
    const layoutUses = a.data.emergency ? ['<OverdoseSteps />'] : [];
    findings.push(...citationFindings(a.path, a.collection, listed, a.body, first, registry, components, layoutUses));
    citedKeys(a.body, components, layoutUses).forEach((c) => citedAnywhere.add(c.key));

    const due = new Date(String(a.data.nextReview));
    const overdue = isOverdue(due, today);
    if (overdue) findings.push({ file: a.path, line: 1, rule: 'review-date', severity: 'warning', message: `review was due on ${isoDay(due)}: review the page, then update lastReviewed and nextReview.` });

    const own = findings.slice(before);
    pages.push({ file: a.path, type: a.collection, reading, sources: listed.length, reviewDue: isoDay(due), overdue, warnings: own.filter((f) => f.severity === 'warning').length });
  }

  // The glossary may quote a word it explains, but only words its entry lists in allowWords.
  const glossaryText = readFileSync(`${root}/glossary.yaml`, 'utf8').split('\n');
  for (const g of readGlossary(root)) {
    const line = glossaryText.findIndex((l) => l.startsWith(`${g.id}:`)) + 1;
    const allow = new Set(((g as unknown as { allowWords?: string[] }).allowWords ?? []).map((w) => w.toLowerCase()));
    findings.push(...stigmaFindings(`${root}/glossary.yaml`, [{ line, text: g.definition, clinician: false }], [], allow));
    findings.push(...safetyFindings(`${root}/glossary.yaml`, [{ line, text: g.definition, clinician: false }]));
    findings.push(...redoseFindings(`${root}/glossary.yaml`, [g.definition], line));
  }

  // Home and help pages cite sources too.
  for (const page of ['src/pages/index.astro', 'src/pages/help.astro']) {
    try {
      const text = readFileSync(page, 'utf8');
      citedKeys(text, components).forEach((c) => citedAnywhere.add(c.key));
      for (const m of text.matchAll(/'([a-z0-9-]+)'/g)) if (registry.has(m[1]!)) citedAnywhere.add(m[1]!);
    } catch {
      /* fixtures have no pages */
    }
  }
  for (const key of registry) {
    if (!citedAnywhere.has(key)) findings.push({ file: `${root}/sources.yaml`, line: 1, rule: 'unused-source', severity: 'warning', message: `source "${key}" is not cited by any page.` });
  }
  return { findings, pages };
}

function table(pages: PageReport[]): string {
  const rows = pages.map((p) => `| ${p.file.replace(/^.*?content\//, '')} | ${p.type} | ${p.reading.grade} | ${p.reading.words} | ${p.reading.averageSentence} | ${p.reading.longestWords} | ${p.sources} | ${p.reviewDue}${p.overdue ? ' (overdue)' : ''} | ${p.warnings} |`);
  return ['| page | type | grade | words | avg sentence | longest sentence | sources | review due | warnings |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

const isMain = process.argv[1]?.endsWith('check-content.ts');
if (isMain) {
  const report = process.argv.includes('--report');
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg > 0 ? process.argv[rootArg + 1]! : 'content';
  const { findings, pages } = runChecks(root);
  console.log(table(pages));
  console.log('');
  for (const f of findings) console.log(`${f.severity === 'error' ? 'ERROR' : 'warn '} ${f.file}:${f.line} [${f.rule}] ${f.message}`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  console.log(`\ncontent check: ${pages.length} pages, ${errors} errors, ${warnings} warnings`);
  if (report) {
    writeFileSync('content-report.md', `# Content report\n\n${table(pages)}\n\n## Findings\n\n${findings.map((f) => `- ${f.severity} ${f.file}:${f.line} [${f.rule}] ${f.message}`).join('\n') || 'None.'}\n`);
    console.log('wrote content-report.md');
  }
  process.exit(errors > 0 ? 1 : 0);
}
