// The content checks that depend on the language, for Spanish: a reading-ease score made for
// Spanish (Fernández-Huerta), the Spanish "Words Matter" list, and the safety phrasings
// (days to lose tolerance, doses to take, "until they wake") as written in Spanish.
import { createRequire } from 'node:module';
import { allowedWords, type Finding, type ProseLine } from './content-checks';

const require = createRequire(import.meta.url);
const silabea = require('silabea') as { getSilabas: (w: string) => { numeroSilaba: number } };

/** Fernández-Huerta bands (Fernández Huerta 1959, as corrected: 1.02 × words per sentence). */
export const EASE_BANDS = [
  { min: 90, label: 'muy fácil' },
  { min: 80, label: 'fácil' },
  { min: 70, label: 'bastante fácil' },
  { min: 60, label: 'normal' },
  { min: 50, label: 'bastante difícil' },
  { min: 30, label: 'difícil' },
  { min: -Infinity, label: 'muy difícil' },
] as const;
/** The median Spanish page must reach "bastante fácil". */
export const MEDIAN_MIN_EASE = 70;
/** No single page may fall below "normal". */
export const PAGE_MIN_EASE = 60;

export function easeLabel(score: number): string {
  return EASE_BANDS.find((b) => score >= b.min)!.label;
}

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 1;
  if (!/[aeiouáéíóúü]/.test(w)) return 1; // an abbreviation like "RCP"
  try {
    return Math.max(1, silabea.getSilabas(w).numeroSilaba);
  } catch {
    return Math.max(1, (w.match(/[aeiouáéíóúü]+/g) ?? []).length);
  }
}

export interface SpanishEase { ease: number; label: string; sentences: number; words: number; averageSentence: number; longestSentence: string; longestWords: number }

/** Prose blocks as sentences: a heading, list item or table row ends a sentence. */
function sentencesOf(lines: ProseLine[]): string[] {
  return lines
    .filter((l) => !l.clinician && l.text && !/^\|/.test(l.text) && !/^[-|: ]+$/.test(l.text) && !/_{5,}/.test(l.text))
    .flatMap((l) => l.text.split(/(?<=[.!?…])["”»)]?\s+(?=[¿¡"«“]?[A-ZÁÉÍÓÚÑ0-9])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function spanishEase(lines: ProseLine[]): SpanishEase {
  let words = 0;
  let syllables = 0;
  let sentences = 0;
  let longestSentence = '';
  let longestWords = 0;
  for (const s of sentencesOf(lines)) {
    const ws = s.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (ws.length === 0) continue;
    sentences++;
    words += ws.length;
    for (const w of ws) syllables += spanishSyllables(w);
    if (ws.length > longestWords) {
      longestWords = ws.length;
      longestSentence = s;
    }
  }
  const ease = words ? 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences) : 0;
  const rounded = Math.round(ease * 10) / 10;
  return { ease: rounded, label: easeLabel(rounded), sentences, words, averageSentence: sentences ? Math.round((words / sentences) * 10) / 10 : 0, longestSentence, longestWords };
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** After NIDA's "Words Matter" and the style guide's "En español". Matched as whole words, any case. */
export const STIGMA_TERMS_ES: { phrase: string; instead: string }[] = [
  { phrase: 'adicto', instead: '"persona que usa drogas" o "persona con trastorno por consumo de opioides"' },
  { phrase: 'adicta', instead: '"persona que usa drogas" o "persona con trastorno por consumo de opioides"' },
  { phrase: 'adictos', instead: '"personas que usan drogas"' },
  { phrase: 'adictas', instead: '"personas que usan drogas"' },
  { phrase: 'drogadicto', instead: '"persona que usa drogas"' },
  { phrase: 'drogadicta', instead: '"persona que usa drogas"' },
  { phrase: 'drogadictos', instead: '"personas que usan drogas"' },
  { phrase: 'drogadicción', instead: '"consumo de drogas" o "trastorno por consumo de opioides"' },
  { phrase: 'toxicómano', instead: '"persona que usa drogas"' },
  { phrase: 'toxicómanos', instead: '"personas que usan drogas"' },
  { phrase: 'yonqui', instead: '"persona que usa drogas"' },
  { phrase: 'yonquis', instead: '"personas que usan drogas"' },
  { phrase: 'vicioso', instead: '"persona que usa drogas"' },
  { phrase: 'viciosa', instead: '"persona que usa drogas"' },
  { phrase: 'viciosos', instead: '"personas que usan drogas"' },
  { phrase: 'limpio', instead: '"no consume" o "en recuperación" para personas; "resultado negativo" para pruebas' },
  { phrase: 'limpia', instead: '"no consume" o "en recuperación" para personas; "resultado negativo" para pruebas' },
  { phrase: 'sucio', instead: '"resultado positivo" para pruebas' },
  { phrase: 'sucia', instead: '"resultado positivo" para pruebas' },
  { phrase: 'abuso de drogas', instead: '"consumo de drogas" (salvo en el nombre de una organización)' },
  { phrase: 'abuso de sustancias', instead: '"consumo de sustancias" (salvo en el nombre de una organización)' },
  { phrase: 'abuso de opioides', instead: '"consumo de opioides"' },
  { phrase: 'terapia de sustitución', instead: '"medicamentos para el trastorno por consumo de opioides"' },
  { phrase: 'terapia de reemplazo', instead: '"medicamentos para el trastorno por consumo de opioides"' },
  { phrase: 'seguro', instead: '"más seguro" o "menos riesgoso" (ninguna cantidad ni forma de consumir es segura). Si es un seguro médico, escriba "seguro médico" o "aseguranza"' },
  { phrase: 'segura', instead: '"más segura" o "menos riesgosa" (ninguna cantidad ni forma de consumir es segura)' },
];

const norm = (s: string) => s.toLowerCase();


/**
 * "seguro/segura" as "safe" about an amount or a way of using ("una cantidad segura", "es seguro
 * consumir"), not "más seguro", "no es seguro" or "seguro" as insurance ("su seguro", "sin seguro").
 */
const UNSAFE_SAFE = /(?<![\p{L}])(?:(?<!no\s)(?:es|sea|son|sean|era|será|está|parece|resulta)|cantidad|cantidades|dosis|forma|manera|modo|consumo|uso|nivel)\s+(?:[\p{L}]+\s+){0,2}?segur[oa]s?(?![\p{L}])/iu;
const MORE_OR_LESS_SAFE = /(?:más|menos|tan)\s+segur[oa]s?(?![\p{L}])/iu;

export function stigmaFindingsEs(file: string, lines: ProseLine[], rawLines: readonly string[], allowAll: ReadonlySet<string> = new Set()): Finding[] {
  const findings: Finding[] = [];
  lines.forEach((l, i) => {
    if (!l.text) return;
    const text = norm(l.text.replace(/['"‘’“”«»]/g, ' '));
    const allowed = new Set([...allowAll, ...allowedWords(rawLines, i)]);
    for (const term of STIGMA_TERMS_ES) {
      if (allowed.has(term.phrase)) continue;
      const re = new RegExp(`(?<![\\p{L}])${term.phrase.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu');
      const m = re.exec(text);
      if (!m) continue;
      if (term.phrase === 'seguro' || term.phrase === 'segura') {
        const clause = text.slice(Math.max(0, m.index - 40), m.index + term.phrase.length);
        if (!UNSAFE_SAFE.test(clause) || MORE_OR_LESS_SAFE.test(clause.slice(-term.phrase.length - 6))) continue;
        // "No hay una cantidad segura", "ninguna forma es segura": saying that nothing is safe is the point.
        if (/(?<![\p{L}])(?:no|ningun[oa]?|ningún|nada|nunca|jamás)(?![\p{L}])/iu.test(clause)) continue;
      }
      findings.push({ file, line: l.line, rule: 'words-matter', severity: 'error', message: `"${term.phrase}": escriba ${term.instead}. Si la palabra se cita a propósito, añada {/* allow-words: ${term.phrase} */} a la línea.` });
    }
  });
  return findings;
}

const NUM_ES = '(?:\\d+|un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos\\s+pocos|unas\\s+pocas|pocos|pocas|varios|varias)';
const UNIT_ES = '(?:días?|semanas?|meses?|mes|horas?)';
/** A time in which tolerance is lost, in Spanish ("la tolerancia se pierde en 3 días"). */
export const TOLERANCE_DAYS_ES = new RegExp(
  `\\btoleranci\\w*\\b[^.!?]*\\b(?:pierde|perder|baja|bajar|cae|caer|desaparece|se\\s+va|vuelve|vuelva|regresa|reinicia)\\w*\\b[^.!?]*\\b(?:en|después\\s+de|tras|dentro\\s+de|a\\s+los|a\\s+las|toma|tarda)\\s+(?:unos\\s+|unas\\s+|solo\\s+|apenas\\s+)?${NUM_ES}\\s+${UNIT_ES}` +
    `|\\b(?:en|después\\s+de|tras|dentro\\s+de)\\s+(?:unos\\s+|unas\\s+|solo\\s+)?${NUM_ES}\\s+${UNIT_ES}[^.!?]*\\btoleranci\\w*\\b[^.!?]*\\b(?:pierde|perdida|perdió|baja|bajó|cae|cayó|desaparece)\\b`,
  'iu',
);
/** An amount for the reader to take ("tome 8 mg", "empiece con 2 tiras"). */
export const DOSE_TO_READER_ES = /\b(?:tome|use|pruebe|empiece(?:\s+con)?|comience(?:\s+con)?|inyéctese|inhale|fume|consuma)\b[^.!?]{0,30}?\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|miligramos?|microgramos?|ml|pastillas?|tabletas?|tiras?|películas?|bolsas?|puntos?|dosis)\b/iu;
/** "hasta que despierte / responda / reaccione": dosing for waking, not breathing. */
export const REDOSE_UNTIL_AWAKE_ES = /\bhasta\s+que\s+(?:la\s+persona\s+|él\s+|ella\s+|su\s+\p{L}+\s+)?(?:despierte|se\s+despierte|responda|reaccione|vuelva\s+en\s+sí|esté\s+(?:despiert[oa]|alerta))\b/iu;

export function safetyFindingsEs(file: string, lines: ProseLine[]): Finding[] {
  const findings: Finding[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    if (TOLERANCE_DAYS_ES.test(l.text)) {
      findings.push({ file, line: l.line, rule: 'tolerance-days', severity: 'error', message: 'da un tiempo en el que se pierde la tolerancia: esa cifra no existe. Describa los periodos de riesgo medidos (vea facts.md).' });
    }
    if (DOSE_TO_READER_ES.test(l.text)) {
      findings.push({ file, line: l.line, rule: 'dose-instruction', severity: 'error', message: 'le dice al lector una cantidad para tomar. Describa lo que hace quien receta o la clínica, y dígale que hable con los suyos.' });
    }
  }
  return findings;
}

export function redoseFindingsEs(file: string, rawLines: readonly string[], firstLine: number): Finding[] {
  const findings: Finding[] = [];
  rawLines.forEach((text, i) => {
    if (REDOSE_UNTIL_AWAKE_ES.test(text)) {
      findings.push({ file, line: firstLine + i, rule: 'redose-until-awake', severity: 'error', message: 'dice que siga "hasta que despierte" o "hasta que responda". La naloxona busca que la persona respire con normalidad: otra dosis cada 2 a 3 minutos hasta que respire con normalidad o llegue la ayuda; cuando respire con normalidad, póngala de lado y quédese (la xilacina o la medetomidina pueden mantenerla dormida).' });
    }
  });
  return findings;
}
