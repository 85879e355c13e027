// The editor that never sleeps: checks on one content file's text. Each finding names the
// file, the line and what to change. Pure apart from the text libraries it uses.
import { retext } from 'retext';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';
import { search } from 'nlcst-search';
import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import type { Root } from 'nlcst';
import { ARTICLE_TYPES, type ArticleCollection } from '../collections';
import { CITE_TAG, citesIn } from '../lib/citations';

export type Severity = 'error' | 'warning';
export interface Finding { file: string; line: number; rule: string; message: string; severity: Severity }

export const MAX_GRADE = 9;

// ---------------------------------------------------------------------------------------
// Turning MDX into lines of prose

export interface ProseLine { line: number; text: string; clinician: boolean }

/** The body's lines with their real line numbers, tags and Markdown syntax removed. */
export function proseLines(body: string, firstLine: number): ProseLine[] {
  const out: ProseLine[] = [];
  let clinician = false;
  body.split('\n').forEach((raw, i) => {
    if (/<ForClinicians>/.test(raw)) clinician = true;
    const text = raw
      .replace(/\{\/\*.*?\*\/\}/g, ' ') // MDX comments
      .replace(/<[A-Z][^>]*\/>/g, ' ') // self-closing components
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // other tags
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links -> their text
      .replace(/^\s{0,3}#{1,6}\s+/, '') // heading marks
      .replace(/^\s*(\d+\.|[-*+])\s+/, '') // list marks
      .replace(/[*_`]/g, '')
      .trim();
    out.push({ line: firstLine + i, text, clinician });
    if (/<\/ForClinicians>/.test(raw)) clinician = false;
  });
  return out;
}

/** Blocks of prose for reading-level scoring: a heading, list item or table row ends a sentence. */
function sentencesText(lines: ProseLine[]): string {
  return lines
    .filter((l) => !l.clinician && l.text && !/^\|/.test(l.text) && !/^[-|: ]+$/.test(l.text) && !/_{5,}/.test(l.text))
    .map((l) => (/[.!?]["”)]?$/.test(l.text) ? l.text : `${l.text}.`))
    .join('\n\n'); // each block its own paragraph, so each ends a sentence
}

// ---------------------------------------------------------------------------------------
// Reading level

export interface Readability { grade: number; sentences: number; words: number; averageSentence: number; longestSentence: string; longestWords: number }

export function readability(lines: ProseLine[]): Readability {
  const tree = retext().parse(sentencesText(lines)) as Root;
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  let longestSentence = '';
  let longestWords = 0;
  visit(tree, 'SentenceNode', (sentence) => {
    let count = 0;
    visit(sentence, 'WordNode', (word) => {
      const w = toString(word);
      if (!/[A-Za-z0-9]/.test(w)) return;
      count++;
      syllables += syllable(w) || 1;
    });
    if (count === 0) return;
    sentences++;
    words += count;
    if (count > longestWords) {
      longestWords = count;
      longestSentence = toString(sentence).trim();
    }
  });
  const grade = sentences && words ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables }) : 0;
  return { grade: Math.round(grade * 10) / 10, sentences, words, averageSentence: sentences ? Math.round((words / sentences) * 10) / 10 : 0, longestSentence, longestWords };
}

// ---------------------------------------------------------------------------------------
// Words that matter (after NIDA's "Words Matter" and the site's style guide)

export const STIGMA_TERMS: { phrase: string; instead: string }[] = [
  { phrase: 'addict', instead: 'person who uses drugs, or person with opioid use disorder' },
  { phrase: 'addicts', instead: 'people who use drugs, or people with opioid use disorder' },
  { phrase: 'junkie', instead: 'person who uses drugs' },
  { phrase: 'junkies', instead: 'people who use drugs' },
  { phrase: 'abuser', instead: 'person who uses drugs' },
  { phrase: 'abusers', instead: 'people who use drugs' },
  { phrase: 'drug abuse', instead: 'drug use, or opioid use disorder' },
  { phrase: 'substance abuse', instead: 'substance use, or substance use disorder' },
  { phrase: 'opioid abuse', instead: 'opioid use, or opioid use disorder' },
  { phrase: 'clean', instead: '"not using" or "in recovery" for people; "tested negative" for tests' },
  { phrase: 'dirty', instead: '"using" for people; "tested positive" for tests' },
  { phrase: 'replacement therapy', instead: 'medication for opioid use disorder (MOUD)' },
  { phrase: 'substitution therapy', instead: 'medication for opioid use disorder (MOUD)' },
  { phrase: 'replacement treatment', instead: 'medication for opioid use disorder (MOUD)' },
  { phrase: 'failed treatment', instead: 'returned to use, or restarted' },
  { phrase: 'fell off the wagon', instead: 'returned to use, or restarted' },
  { phrase: 'safe', instead: '"safer" or "less risky" (no amount or way of using is safe)' },
];

/** Words allowed on a line by an explicit marker: {/* allow-words: clean, safe *\/} on that line or the line above. */
export function allowedWords(lines: readonly string[], index: number): Set<string> {
  const found = new Set<string>();
  for (const l of [lines[index - 1] ?? '', lines[index] ?? '']) {
    const m = /allow-words:\s*([^*}]+)/.exec(l);
    if (m) for (const w of m[1]!.split(',')) found.add(w.trim().toLowerCase());
  }
  return found;
}

export function stigmaFindings(file: string, lines: ProseLine[], rawLines: string[], allowAll: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  const phrases = STIGMA_TERMS.map((t) => t.phrase);
  lines.forEach((l, i) => {
    if (!l.text) return;
    // Quote marks hide words from the matcher ('clean'): a quoted word still counts.
    const tree = retext().parse(l.text.replace(/['"‘’“”]/g, ' ')) as Root;
    const allowed = new Set([...allowAll, ...allowedWords(rawLines, i)]);
    search(tree, phrases, (_nodes, _position, _parent, phrase) => {
      if (allowed.has(phrase)) return;
      const term = STIGMA_TERMS.find((t) => t.phrase === phrase)!;
      findings.push({ file, line: l.line, rule: 'words-matter', severity: 'error', message: `"${phrase}": write ${term.instead} instead. If the word is quoted on purpose, add {/* allow-words: ${phrase} */} to the line.` });
    });
  });
  return findings;
}

// ---------------------------------------------------------------------------------------
// Safety rules

const PHONE = /(?:\b1[-. ]?)?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b1-8\d\d-[A-Z]{4}\b|\b988\b/;
const NUMBER_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|few)';
const TOLERANCE_DAYS = new RegExp(
  `\\btoleran(?:ce|t)\\b[^.!?]*\\b(?:gone|lost|lose|loses|drops?|falls?|fades?|resets?|back|returns?|down)\\b[^.!?]*\\b(?:in|after|within|takes?|by)\\s+(?:about\\s+|only\\s+|just\\s+)?${NUMBER_WORD}\\s+(?:days?|weeks?|months?|hours?)\\b` +
    `|\\b(?:in|after|within)\\s+(?:about\\s+|only\\s+|just\\s+)?${NUMBER_WORD}\\s+(?:days?|weeks?|months?)\\b[^.!?]*\\btoleran(?:ce|t)\\b[^.!?]*\\b(?:gone|lost|drops?|falls?|fades?|resets?)\\b`,
  'i',
);
const DOSE_ANYWHERE = /\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?|micrograms?)\b/i;
const DOSE_TO_READER = /\b(?:take|use|try|start(?:\s+with)?|inject|snort|smoke|dose yourself with)\b[^.!?]{0,30}?\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?|micrograms?|ml|pills?|tabs?|tablets?|strips?|films?|bags?|points?|bumps?|hits?)\b/i;

export function safetyFindings(file: string, lines: ProseLine[]): Finding[] {
  const findings: Finding[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    if (PHONE.test(l.text)) {
      findings.push({ file, line: l.line, rule: 'typed-phone-number', severity: 'error', message: 'a phone number is typed into the text: use <Helpline id="..." /> so every number comes from content/helplines.yaml ("call 911" may be written as words).' });
    }
    if (TOLERANCE_DAYS.test(l.text)) {
      findings.push({ file, line: l.line, rule: 'tolerance-days', severity: 'error', message: 'this gives a time in which tolerance is lost: no such figure exists. Describe the measured risk windows instead (see facts.md).' });
    }
    if (DOSE_TO_READER.test(l.text)) {
      findings.push({ file, line: l.line, rule: 'dose-instruction', severity: 'error', message: 'this tells the reader an amount to take. Describe what a prescriber or clinic does, and tell the reader to talk to theirs.' });
    } else if (!l.clinician && DOSE_ANYWHERE.test(l.text)) {
      findings.push({ file, line: l.line, rule: 'dose-instruction', severity: 'error', message: 'a dose appears outside a <ForClinicians> section. Remove it, or move clinician detail into <ForClinicians>.' });
    }
  }
  return findings;
}

/**
 * Naloxone brings back breathing; it does not reverse xylazine or medetomidine, so someone can
 * breathe again and still not wake. Steps that say to keep dosing "until they wake" or "until
 * they respond" push people to keep spraying a breathing, sedated person. Read on raw lines
 * (frontmatter too: text messages and "In short" repeat the steps).
 */
const REDOSE_UNTIL_AWAKE = /\buntil\s+(?:they|he|she|the person|someone|your friend|the patient)(?:'re|\s+(?:is|are))?\s+(?:wakes?(?:\s+up)?|awake|responds?|responsive|comes?\s+(?:to|round|around)|alert)\b/i;

export function redoseFindings(file: string, rawLines: readonly string[], firstLine: number): Finding[] {
  const findings: Finding[] = [];
  rawLines.forEach((text, i) => {
    if (REDOSE_UNTIL_AWAKE.test(text)) {
      findings.push({ file, line: firstLine + i, rule: 'redose-until-awake', severity: 'error', message: 'this says to keep going "until they wake" or "until they respond". The aim of naloxone is normal breathing: another dose every 2 to 3 minutes until they are breathing normally or help arrives; once they are breathing normally, the recovery position, and stay (xylazine or medetomidine can keep them asleep).' });
    }
  });
  return findings;
}

/** Pages about using after a break must carry <SafetySteps />. */
export const AFTER_A_BREAK_TOPICS = ['tolerance', 'safer-use', 'overdose'];

export function safetyStepsFinding(file: string, topics: readonly string[], body: string, firstLine: number): Finding[] {
  const about = topics.filter((t) => AFTER_A_BREAK_TOPICS.includes(t));
  if (about.length === 0 || body.includes('<SafetySteps />')) return [];
  return [{ file, line: firstLine, rule: 'safety-steps', severity: 'error', message: `this page is about using after a break (topics: ${about.join(', ')}) but has no <SafetySteps />. Add it, or remove those topics.` }];
}

/** A guide opens with what its reader can do now: its body's first heading (issue 25). */
export function answerFirstFinding(file: string, body: string, firstLine: number, nowHeading: string): Finding[] {
  const lines = body.split('\n');
  const i = lines.findIndex((l) => /^##\s/.test(l));
  const heading = i === -1 ? '' : lines[i]!.replace(/^##\s+/, '').trim();
  if (heading === nowHeading) return [];
  return [{ file, line: firstLine + Math.max(i, 0), rule: 'answer-first', severity: 'error', message: `a guide's body opens with "## ${nowHeading}": 3 to 5 steps for this week, before any other section${heading ? ` (it opens with "## ${heading}")` : ''}.` }];
}

// ---------------------------------------------------------------------------------------
// Citations


/** Components that cite sources themselves, as used in MDX ("<SafetySteps />") -> their keys. */
export type ComponentCites = ReadonlyMap<string, readonly string[]>;

/** Read from the components' own source, so the check can never disagree with what they cite. */
export function componentCites(sources: Record<string, string>): ComponentCites {
  const out = new Map<string, string[]>();
  for (const [name, text] of Object.entries(sources)) {
    const keys = citesIn(text);
    if (keys.length) out.set(`<${name} />`, keys);
  }
  return out;
}

/**
 * Keys cited in a body, by <Cite> and by the components it uses. `alsoUses` names components
 * the layout renders for the page (an emergency page's <OverdoseSteps />), counted at line 0.
 */
export function citedKeys(body: string, components: ComponentCites = new Map(), alsoUses: readonly string[] = []): { key: string; line: number }[] {
  const out: { key: string; line: number }[] = [];
  for (const used of alsoUses) (components.get(used) ?? []).forEach((key) => out.push({ key, line: 0 }));
  body.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(CITE_TAG)) out.push({ key: m[1]!, line: i });
    for (const [component, keys] of components) if (l.includes(component)) keys.forEach((key) => out.push({ key, line: i }));
  });
  return out;
}

export function citationFindings(file: string, kind: string, listed: readonly string[], body: string, firstLine: number, registry: ReadonlySet<string>, components: ComponentCites = new Map(), alsoUses: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  const cited = citedKeys(body, components, alsoUses);
  for (const c of cited) {
    if (!registry.has(c.key)) findings.push({ file, line: firstLine + c.line, rule: 'citations', severity: 'error', message: `cites "${c.key}", which is not in content/sources.yaml.` });
    else if (!listed.includes(c.key)) findings.push({ file, line: firstLine + c.line, rule: 'citations', severity: 'error', message: `cites "${c.key}" but the frontmatter "sources" list does not include it.` });
  }
  const citedSet = new Set(cited.map((c) => c.key));
  for (const key of listed) {
    if (!citedSet.has(key)) findings.push({ file, line: 1, rule: 'citations', severity: 'warning', message: `lists "${key}" in sources but never cites it with <Cite id="${key}" />.` });
  }
  // The same minimum the schema holds the build to, from the registry (src/collections.ts).
  const min = kind in ARTICLE_TYPES ? ARTICLE_TYPES[kind as ArticleCollection].minSources : 0;
  if (new Set(listed).size < min) {
    findings.push({ file, line: 1, rule: 'citations', severity: 'error', message: `cites ${new Set(listed).size} source(s): ${ARTICLE_TYPES[kind as ArticleCollection].label.en.many.toLowerCase()} need at least ${min}.` });
  }
  return findings;
}
