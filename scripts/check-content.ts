// npm run check:content   — every content check; exits 1 on any error.
// npm run report:content  — also writes content-report.md: every page with its numbers.
// Usage: tsx scripts/check-content.ts [--report]
// The entries come from Astro's content layer (src/build/content-layer.ts), as the build sees
// them; the files are read only for line numbers and for the English page a translation hashes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { contentFromAstro } from '../src/build/content-layer';
import { ARTICLE_TYPES, glossaryFile, type ArticleCollection } from '../src/collections';
import { LANGS, type Lang } from '../src/i18n/lang';
import {
  answerFirstFinding, citationFindings, citedKeys, componentCites, proseLines, redoseFindings, safetyFindings, safetyStepsFinding, type Finding,
} from '../src/build/content-checks';
import { LANGUAGE_RULES, type ReadingLevel } from '../src/build/content-rules';
import { breathingFindings } from '../src/build/breathing-check';
import { asOfFindings, asOfWordFindings } from '../src/lib/as-of';
import { isOverdue, isoDay } from '../src/lib/review';
import { englishHash } from '../src/lib/translations';
import { existsSync } from 'node:fs';

/** What the check needs of an article: the content layer's entry (or a test fixture's). */
export interface CheckArticle {
  collection: ArticleCollection;
  lang: Lang;
  path: string;
  data: Record<string, unknown>;
  body: string;
}
export interface CheckGlossaryEntry { id: string; definition: string; allowWords?: string[] }
/** The content to check, and the folder it lives in (sources.yaml, glossary files). */
export interface CheckContent { root: string; articles: CheckArticle[]; glossaries: Partial<Record<Lang, CheckGlossaryEntry[]>> }

export interface PageReport { file: string; type: ArticleCollection; lang: Lang; reading: ReadingLevel; sources: number; reviewDue: string; overdue: boolean; warnings: number }
export interface CheckResult { findings: Finding[]; pages: PageReport[] }

function bodyStartLine(text: string): number {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return end + 2; // 1-based line number of the first body line
}

export function runChecks(content: CheckContent, today = new Date()): CheckResult {
  const { root } = content;
  const findings: Finding[] = [];
  const pages: PageReport[] = [];
  const registry = new Set(Object.keys(yaml.load(readFileSync(`${root}/sources.yaml`, 'utf8')) as Record<string, unknown>));
  const citedAnywhere = new Set<string>();
  const componentFiles = readdirSync('src/components').filter((f) => f.endsWith('.astro') && f !== 'Cite.astro');
  const components = componentCites(
    Object.fromEntries(componentFiles.map((f) => [f.replace(/\.astro$/, ''), readFileSync(`src/components/${f}`, 'utf8')])),
  );
  // The overdose steps also live in components and on the printed cards, in every language:
  // hold them to the same rules (each language's "breathing normally" words on every line).
  for (const f of [...componentFiles.map((c) => `src/components/${c}`), 'src/views/CardsPage.astro']) {
    const fileLines = readFileSync(f, 'utf8').split('\n');
    findings.push(...redoseFindings(f, fileLines, 1), ...LANGS.flatMap((lang) => breathingFindings(f, fileLines, 1, lang)));
  }

  for (const a of content.articles) {
    const text = readFileSync(a.path, 'utf8');
    const first = bodyStartLine(text);
    const lines = proseLines(a.body, first);
    const rawLines = a.body.split('\n');
    const listed = (a.data.sources as string[] | undefined) ?? [];
    const before = findings.length;

    // Reading level, the word list and the safety phrasings: the page's language's own rules.
    const rules = LANGUAGE_RULES[a.lang];
    const reading = rules.reading(lines);
    const fileLines = text.split('\n');
    const tooHard = graded(a.collection) ? rules.pageTooHard(a.path, first, reading) : null;
    if (tooHard) findings.push(tooHard);
    const checked = { file: a.path, prose: lines, rawLines, written: fileLines, firstLine: 1 };
    findings.push(...rules.words(checked), ...rules.phrasings(checked));
    if (a.lang !== 'en') {
      // The English page it translates: warn when it has changed since the translation.
      const ref = a.data.translationOf as string | undefined;
      const englishFile = ref ? `${root}/${ref}.mdx` : '';
      if (!ref || !existsSync(englishFile)) {
        findings.push({ file: a.path, line: 1, rule: 'translation', severity: 'error', message: `translationOf must name the English page this translates (like guides/naloxone); "${String(ref)}" is not one.` });
      } else if (a.data.englishHash !== englishHash(readFileSync(englishFile, 'utf8'))) {
        findings.push({ file: a.path, line: 1, rule: 'translation', severity: 'warning', message: `${englishFile} has changed since this translation was made. Update the translation, then run \`npm run translations:stamp -- ${a.path}\`.` });
      }
    }
    // Typed phone numbers and doses outside "For clinicians" look the same in every language.
    findings.push(...safetyFindings(a.path, lines));
    findings.push(...redoseFindings(a.path, fileLines, 1));
    findings.push(...asOfFindings(a.path, fileLines, 1, today));
    findings.push(...asOfWordFindings(a.path, fileLines, 1));
    findings.push(...safetyStepsFinding(a.path, (a.data.topics as string[] | undefined) ?? [], a.body, first));
    if (a.collection === 'guides') findings.push(...answerFirstFinding(a.path, a.body, first, rules.nowHeading));
    // An emergency page shows the overdose steps from the layout, with their citations.
    const layoutUses = a.data.emergency ? ['<OverdoseSteps />'] : [];
    findings.push(...citationFindings(a.path, a.collection, listed, a.body, first, registry, components, layoutUses));
    citedKeys(a.body, components, layoutUses).forEach((c) => citedAnywhere.add(c.key));

    const due = new Date(a.data.nextReview as string | Date);
    const overdue = isOverdue(due, today);
    if (overdue) findings.push({ file: a.path, line: 1, rule: 'review-date', severity: 'warning', message: `review was due on ${isoDay(due)}: review the page, then update lastReviewed and nextReview.` });

    const own = findings.slice(before);
    pages.push({ file: a.path, type: a.collection, lang: a.lang, reading, sources: listed.length, reviewDue: isoDay(due), overdue, warnings: own.filter((f) => f.severity === 'warning').length });
  }

  // A translation that says much less than its English page has likely dropped part of it.
  findings.push(...shortTwinFindings(root, content.articles, pages));

  // A language may also hold its middle graded page to a level (Spanish: "bastante fácil").
  for (const lang of LANGS) {
    const tooHard = LANGUAGE_RULES[lang].medianTooHard(root, gradedScores(pages, lang));
    if (tooHard) findings.push(tooHard);
  }

  // The glossary may quote a word it explains, but only words its entry lists in allowWords.
  for (const lang of LANGS) {
    const file = glossaryFile(lang, root);
    if (!existsSync(file)) continue;
    const glossaryText = readFileSync(file, 'utf8').split('\n');
    for (const g of content.glossaries[lang] ?? []) {
      const line = glossaryText.findIndex((l) => l.startsWith(`${g.id}:`)) + 1;
      const allow = new Set((g.allowWords ?? []).map((w) => w.toLowerCase()));
      const prose = [{ line, text: g.definition, clinician: false }];
      const entry = { file, prose, rawLines: [], written: [g.definition], firstLine: line, allow };
      findings.push(...LANGUAGE_RULES[lang].words(entry), ...LANGUAGE_RULES[lang].phrasings(entry));
      findings.push(...safetyFindings(file, prose));
      findings.push(...redoseFindings(file, [g.definition], line));
    }
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

/** A translation with under this share of its English page's words gets a warning. */
export const MIN_TWIN_WORDS = 0.92;

function shortTwinFindings(root: string, articles: CheckArticle[], pages: PageReport[]): Finding[] {
  const words = new Map(pages.map((p) => [p.file, p.reading.words]));
  const out: Finding[] = [];
  for (const a of articles) {
    const ref = a.data.translationOf as string | undefined;
    if (a.lang === 'en' || !ref) continue;
    const english = words.get(`${root}/${ref}.mdx`);
    const own = words.get(a.path);
    if (!english || own === undefined || own >= english * MIN_TWIN_WORDS) continue;
    out.push({ file: a.path, line: 1, rule: 'translation', severity: 'warning', message: `this translation has ${own} words, ${Math.round((own / english) * 100)}% of ${root}/${ref}.mdx (${english}): under ${MIN_TWIN_WORDS * 100}%, part of the English page may be missing. Compare them section by section.` });
  }
  return out;
}

/** Whether a type's pages are held to a reading level: guide-like pages are; stories, in their tellers' words, are not. */
function graded(type: ArticleCollection): boolean {
  return ARTICLE_TYPES[type].kind === 'guide';
}

/** The scores of a language's graded pages (guides and warning signs; stories are not graded). */
function gradedScores(pages: PageReport[], lang: Lang): number[] {
  return pages.filter((p) => p.lang === lang && graded(p.type)).map((p) => p.reading.score);
}

function table(pages: PageReport[]): string {
  const rows = pages.map((p) => {
    const r = p.reading;
    return `| ${p.file.replace(/^.*?content\//, '')} | ${p.type} | ${r.shown} | ${r.words} | ${r.averageSentence} | ${r.longestWords} | ${p.sources} | ${p.reviewDue}${p.overdue ? ' (overdue)' : ''} | ${p.warnings} |`;
  });
  const summary = LANGS.map((lang) => LANGUAGE_RULES[lang].summary(gradedScores(pages, lang))).filter(Boolean).map((line) => `\n\n${line}`).join('');
  return ['| page | type | reading | words | avg sentence | longest sentence | sources | review due | warnings |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n') + summary;
}

const isMain = process.argv[1]?.endsWith('check-content.ts');
if (isMain) {
  const report = process.argv.includes('--report');
  const content = await contentFromAstro().catch((e: Error) => {
    console.error(`ERROR ${e.message}`);
    process.exit(1);
  });
  const { findings, pages } = runChecks({ root: 'content', ...content });
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
