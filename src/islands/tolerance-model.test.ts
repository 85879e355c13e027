import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BAND, BEFORE, CHART, EVENT_X, LAST_USE_X, NEAR_ZERO_Y, ROWS, SOURCES, STATES, TEXTS, WEEK, WINDOWS,
  bandPoints, matches, pick, picture, situations, stateTokens, text, variants,
  type Lang, type Link, type Picture, type SituationId, type ToleranceText,
} from './tolerance-model';

// What the explainer shows for one situation, put together here the way ToleranceExplainer.astro
// does on the page: it renders every variant, and the one matching the state is the one shown.
const SITUATIONS = situations('en');
const { bandLabel: BAND_LABEL, chartLabels: CHART_LABELS, tolerance: TOLERANCE, bandLegend: BAND_LEGEND, chartText: CHART_TEXT, safety: SAFETY_STEPS } = TEXTS.en;
function message(id: SituationId, lang: Lang = 'en'): { summary: string; tolerance: string; says: string; restart: readonly Link[] } {
  const t = stateTokens(id);
  const V = variants(lang);
  return { summary: pick(V.label, t), tolerance: TEXTS[lang].tolerance, says: pick(V.says, t), restart: pick(V.restart, t) };
}
function chartText(id: SituationId, lang: Lang = 'en'): string {
  const t = stateTokens(id);
  const V = variants(lang);
  return `${TEXTS[lang].chartText}${pick(V.described, t)} ${pick(V.shading, t)}`;
}
function explain(id: SituationId, lang: Lang = 'en') {
  const t = stateTokens(id);
  const V = variants(lang);
  const T = TEXTS[lang];
  return { ...message(id, lang), picture: pick(V.picture, t), chartText: chartText(id, lang), shading: pick(V.shading, t), bandLabel: T.bandLabel, bandLegend: T.bandLegend, chartLabels: T.chartLabels, safety: T.safety };
}
import { MAX_GRADE, proseLines, readability, safetyFindings, stigmaFindings } from '../build/content-checks';

// Every state the explainer can be in. The reader picks a situation, and nothing else: if a
// control is ever added, add its positions to STATES and every test below walks them too.
const every = STATES.map((id) => ({ id }));

// ---------------------------------------------------------------------------------------
// What the explainer must never say (content-style.md "Safety rules", facts.md "Claims to
// handle carefully", and the issue: no tolerance value, percentage or fraction tied to a time).

const DOSE = /\d+(?:\.\d+)?\s?(?:mg|mcg|ml|milligrams?|micrograms?)\b/i;
const PERCENT = /%|percent/i;
const FRACTION = /\b\d+\s*\/\s*\d+\b|[½⅓⅔¼¾⅕⅛]|\b(?:half|halves|halfway|quarters?|thirds?|fifths?|tenths?)\b|\bone in (?:\d+|two|three|four|five|ten)\b|\b\d+(?:\.\d+)?\s*(?:times|x|×)\b/i;
const SAFE = /\bsafe\b/i;

/** Words that speak of tolerance, its level or what the reader's body can take. */
const TOLERANCE_WORDS = /toleran|\blevels?\b|\bband\b|\bnear zero\b|\bgone\b|\blost\b|\bhandle\b|\bused to take\b|\bhow low\b|\bhow much\b/i;
/** Any time quantity or speed: a number, a unit of time, or how fast. */
const TIME_WORDS = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple|several|many|first|second|third)\b\s+\w*\s*(?:minutes?|hours?|days?|nights?|weeks?|months?|years?)\b|\b(?:minutes?|hours?|days?|nights?|weeks?|months?|years?|daily|weekly|monthly|overnight|tomorrow|yesterday)\b|\b(?:fast|faster|quick|quickly|slow|slowly|soon|rate|speed|gradual(?:ly)?|steep(?:ly)?|by day|day \d)\b/i;

const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim());

/** Sentences that tie a time to tolerance: "Your tolerance is much lower after 2 weeks",
 * "tolerance on day 3", "it falls fast". A sentence may name a time (the measured risk windows)
 * or tolerance, never both. */
function toleranceWithTime(text: string): string[] {
  return sentences(text).filter((s) => TOLERANCE_WORDS.test(s) && TIME_WORDS.test(s));
}

function problems(text: string): string[] {
  const found: string[] = [];
  if (DOSE.test(text)) found.push('a dose');
  if (PERCENT.test(text)) found.push('a percentage');
  if (FRACTION.test(text)) found.push('a fraction or a multiple');
  if (SAFE.test(text)) found.push('the word "safe"');
  for (const s of toleranceWithTime(text)) found.push(`tolerance tied to a time: "${s}"`);
  if (/how fast|how quickly/i.test(text)) found.push('a speed of tolerance loss');
  // The site's own editor: typed phone numbers, tolerance-days, doses, stigma words.
  const lines = proseLines(text, 1);
  for (const f of [...safetyFindings('explainer', lines), ...stigmaFindings('explainer', lines, [text])]) found.push(`${f.rule}: ${f.message}`);
  return found;
}

// ---------------------------------------------------------------------------------------
// What the picture must never draw: a level that can be read at a time.

type Point = readonly [number, number];

/** The band's vertical extent at x: where a vertical line crosses the polygon, or null outside it. */
function spanAt(polygon: readonly Point[], x: number): { top: number; bottom: number } | null {
  const ys: number[] = [];
  polygon.forEach(([x1, y1], k) => {
    const [x2, y2] = polygon[(k + 1) % polygon.length]!;
    if (x1 === x2) {
      if (x === x1) ys.push(y1, y2);
    } else if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2)) {
      ys.push(y1 + ((y2 - y1) * (x - x1)) / (x2 - x1));
    }
  });
  return ys.length ? { top: Math.min(...ys), bottom: Math.max(...ys) } : null;
}

/** At every point after the last regular use, the band must span from the old level to near
 * zero, so that no single level can be read off it at any time. */
function bandProblems(polygon: readonly Point[]): string[] {
  const found: string[] = [];
  const plot = CHART.bottom - CHART.top;
  for (let x = LAST_USE_X; x <= CHART.right; x += 0.25) {
    const s = spanAt(polygon, x);
    if (!s) found.push(`no band at x=${x}`);
    else if (Math.abs(s.top - CHART.top) > 0.01) found.push(`the band does not reach the old level at x=${x}`);
    else if (CHART.bottom - s.bottom > plot * 0.05) found.push(`the band does not reach near zero at x=${x}`);
    if (found.length) break;
  }
  for (const [x] of polygon) if (x < LAST_USE_X) found.push(`the band starts before the last use, at x=${x}`);
  return found;
}

const astro = readFileSync(new URL('./ToleranceExplainer.astro', import.meta.url), 'utf8');
const chartSvg = (template: string) => /<svg[^>]*class="tol-chart"[^>]*>([\s\S]*?)<\/svg>/.exec(template)?.[1] ?? '';

/** What the template's picture may hold: the band polygon, full-height window strips,
 * straight axis and tick lines, and text whose words all come from the model (where the tests
 * above read them). No curve, no point, and no words typed into the picture. */
function svgProblems(svg: string): string[] {
  const found: string[] = [];
  if (!svg) return ['no picture found'];
  for (const m of svg.matchAll(/<(path|circle|ellipse|polyline|image|foreignObject|use)\b/g)) found.push(`a <${m[1]}> can draw a level at a time`);
  const polygons = [...svg.matchAll(/<polygon\b[^>]*>/g)].map((m) => m[0]);
  if (polygons.length !== 1 || !polygons[0]!.includes('points={bandPoints()}')) found.push('the only polygon must be the band, drawn from BAND');
  for (const m of svg.matchAll(/<rect\b[^>]*>/g)) {
    if (!/\by=\{top\}/.test(m[0]) || !/\bheight=\{bottom - top\}/.test(m[0])) found.push(`a rect that is not full height: ${m[0]}`);
  }
  for (const m of svg.matchAll(/<line\b[^>]*>/g)) {
    const a = (n: string) => new RegExp(String.raw`\b${n}=(\{[^}]*\}|"[^"]*")`).exec(m[0])?.[1];
    if (a('x1') !== a('x2') && a('y1') !== a('y2')) found.push(`a sloping line: ${m[0]}`);
  }
  for (const m of svg.matchAll(/<(text|tspan)\b[^>]*>([^<]*)/g)) {
    // Expressions are the model's words; an expression may open here and close after a child.
    const words = m[2]!.replace(/\{[^}]*\}/g, '').replace(/\{[^}]*$/, '').trim();
    if (words) found.push(`words typed into the picture: "${words}"`);
  }
  return found;
}

/** The words typed into the template outside the picture (headings, the intro, the notes). */
function templateWords(template: string): string[] {
  const markup = template.replace(/^---[\s\S]*?---/, '').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '');
  return markup.replace(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, ' ').replace(/<[^>]+>/g, '\n').split('\n').map((t) => t.trim()).filter((t) => /[a-z]{2}/i.test(t));
}

// ---------------------------------------------------------------------------------------

/** Every text the reader can see or hear in one state, the picture's words included. */
function textsOf(id: SituationId, lang: Lang = 'en'): string[] {
  const e = explain(id, lang);
  const p = e.picture;
  return [
    e.summary, e.tolerance, e.says, e.chartText, e.shading, e.bandLegend, e.bandLabel.join(' '),
    ...Object.values(e.chartLabels), p.lastUse, p.event?.label ?? '', p.window?.label ?? '',
    ...e.restart.map((l) => l.text),
    ...e.safety.flatMap((s) => [s.text, s.after ?? '']),
  ].filter(Boolean);
}

/** The component's own words (its heading, intro, legend, leads, notes and link), in a language. */
function uiTexts(lang: Lang = 'en'): string[] {
  const { more, from, ...rest } = text(lang).ui;
  return [...Object.values(rest), more.text, from.one, from.many];
}

/** Texts shown whatever the state, and in "What each situation means". */
function staticTextsOf(lang: Lang = 'en'): string[] {
  const T = text(lang);
  return [
    T.tolerance, T.bandLegend, T.chartText, T.detailsIntro, T.bandLabel.join(' '), ...Object.values(T.chartLabels),
    ...situations(lang).flatMap((s) => [s.label, s.found, s.described, s.shading, s.says, ...Object.values(s.marks), ...s.restart.map((l) => l.text)]),
    ...uiTexts(lang),
  ];
}

const staticTexts = [...staticTextsOf('en'), ...templateWords(astro)];

describe('every situation', () => {
  it('covers the five situations in the brief, and every state is one of them', () => {
    expect(SITUATIONS.map((s) => s.label)).toEqual([
      'Left jail or prison',
      'Left detox, rehab or a hospital stay',
      'Stopped methadone or buprenorphine',
      'Naltrexone wore off or was stopped',
      'Took a break on my own',
    ]);
    expect(STATES).toEqual(SITUATIONS.map((s) => s.id));
  });

  it.each(STATES)('%s has a message', (id) => {
    const m = message(id);
    expect(m.summary).toBe(SITUATIONS.find((s) => s.id === id)!.label);
    expect(m.tolerance).toBe(TOLERANCE);
    expect(m.tolerance).toMatch(/Plan as if it is gone/);
    expect(m.says.length).toBeGreaterThan(40);
    expect(m.restart.length).toBeGreaterThan(0);
    for (const l of m.restart) expect(l.href).toMatch(/^\/guides\/(?:buprenorphine-restart|methadone-restart|naltrexone|leaving-jail-detox-or-hospital|moud-compared)\/$/);
  });

  it.each(STATES)('%s carries the safety steps', (id) => {
    const { safety } = explain(id);
    expect(safety).toBe(SAFETY_STEPS);
    const all = safety.map((s) => `${s.text} ${s.after ?? ''}`).join(' ');
    expect(all).toMatch(/naloxone/i);
    expect(all).toMatch(/don't use alone/i);
    expect(safety.some((s) => s.helpline === 'never-use-alone')).toBe(true);
    expect(all).toMatch(/test your supply/i);
    expect(all).toMatch(/much less than you used to/i);
    expect(all).toMatch(/go slow/i);
    expect(all).toMatch(/benzos/i);
    expect(all).toMatch(/alcohol/i);
  });

  it.each(STATES)('%s: no dose, percentage, fraction, "safe", or tolerance tied to a time, in any text or label', (id) => {
    for (const text of textsOf(id)) expect(problems(text), text).toEqual([]);
  });

  it('the texts shown whatever the state, and the words in the template, pass the same checks', () => {
    // The template's own words live in the model's table (one per language), where these checks read them.
    expect(text('en').ui.heading).toBe('See how a break changes the risk');
    expect(staticTexts).toContain('See how a break changes the risk');
    // What is left is code: the openings of expressions that span lines, never prose.
    expect(templateWords(astro).filter((w) => !/^\{\w+(?:\.\w+)*\.map\(\(\w+\) => \($/.test(w))).toEqual([]);
    for (const t of staticTexts) expect(problems(t), t).toEqual([]);
  });

  it('no text carries a phone number: the page renders helplines from content/helplines.yaml', () => {
    const all = [...every.flatMap(({ id }) => textsOf(id)), ...staticTexts].join('\n');
    expect(all).not.toMatch(/\d{3}[-. ]\d{4}|\b988\b|\b911\b/);
  });

  it('reads at US grade 8 or below', () => {
    const all = [...new Set([...every.flatMap(({ id }) => textsOf(id)), ...staticTexts])];
    const { grade } = readability(proseLines(all.join('\n'), 1));
    expect(grade).toBeLessThanOrEqual(Math.min(8, MAX_GRADE));
  });

  it('Strang 2003 backs only what it showed: overdose deaths after inpatient detox', () => {
    for (const s of SITUATIONS.filter((x) => x.sources.includes('strang-2003'))) {
      expect(s.found).toMatch(/small study of inpatient detox, 3 people died of overdose within 4 months of leaving/);
    }
    const all = [...every.flatMap(({ id }) => textsOf(id)), ...staticTexts].join('\n');
    expect(all).not.toMatch(/no one can tell how fast/i);
  });
});

describe('the picture shows no timeline', () => {
  it.each(STATES)('%s: at every point after the last use, the band spans from the old level to near zero', (id) => {
    expect(bandProblems(BAND)).toEqual([]);
    // It is one band, the same in every state: nothing in a state narrows it.
    expect(bandPoints()).toBe(BAND.map((p) => p.join(',')).join(' '));
    expect(explain(id).picture).toEqual(picture(id));
    expect(CHART.bottom - NEAR_ZERO_Y).toBeLessThanOrEqual((CHART.bottom - CHART.top) * 0.05);
  });

  it('before the last use, the only level shown is the old one', () => {
    expect(BEFORE).toEqual({ x1: CHART.left, x2: LAST_USE_X, y: CHART.top });
  });

  it.each(STATES)('%s: every mark is after the last use, and its words name an event or a window, never a level', (id) => {
    const p: Picture = picture(id);
    const marks = [p.event, p.window].filter((m) => m !== null);
    for (const m of marks) expect(m.x).toBeGreaterThanOrEqual(LAST_USE_X);
    for (const label of [p.lastUse, p.event?.label, p.window?.label].filter((l) => l !== undefined)) {
      expect(label, label).not.toMatch(TOLERANCE_WORDS);
    }
    // Only a window's label may hold a number: the weeks that were measured.
    for (const label of [p.lastUse, p.event?.label, ...BAND_LABEL, ...Object.values(CHART_LABELS)].filter((l) => l !== undefined)) {
      expect(label, label).not.toMatch(/\d/);
    }
    if (p.window) expect(p.window.label).not.toMatch(/\d(?! weeks?\b)/);
  });

  it('the words inside the band and its legend say no level can be read', () => {
    expect(BAND_LABEL.join(' ')).toBe('Your tolerance could be anywhere in here');
    expect(BAND_LEGEND).toMatch(/anywhere in here: plan as if it is gone/);
    expect(CHART_TEXT).toMatch(/could be anywhere in the band: plan as if it is gone/);
  });

  it("the template's styles are the first child of <tolerance-explainer> (a <style> in the body must be the first child of its parent)", () => {
    expect(astro).toMatch(/<tolerance-explainer\b[^>]*>\s*<style is:inline set:html=\{css\}><\/style>/);
    expect(astro.replace(/^---[\s\S]*?---/, '').match(/<style\b/g)).toHaveLength(1);
  });

  it('the template draws only the band, full-height strips and straight lines, with words from the model', () => {
    expect(svgProblems(chartSvg(astro))).toEqual([]);
    expect(astro).not.toMatch(/type="range"|role="slider"/);
  });
});

describe('the risk windows: the only time facts', () => {
  it('match the measured windows in facts.md', () => {
    expect(WINDOWS).toEqual({ prison: { weeks: 2 }, treatment: { weeks: 4 }, moud: { weeks: 4 }, naltrexone: { weeks: 'open' }, own: null });
    expect(Object.keys(WINDOWS).sort()).toEqual([...STATES].sort());
  });

  it('are drawn from the event that starts them, as wide as the weeks measured', () => {
    expect(picture('prison').window).toEqual({ x: EVENT_X, width: 2 * WEEK, label: 'First 2 weeks out' });
    expect(picture('treatment').window).toEqual({ x: EVENT_X, width: 4 * WEEK, label: 'First 4 weeks out' });
    expect(picture('moud').window).toEqual({ x: LAST_USE_X, width: 4 * WEEK, label: 'First 4 weeks' });
    expect(picture('naltrexone').window).toEqual({ x: EVENT_X, width: CHART.right - EVENT_X, label: 'After it wears off' });
    expect(picture('own').window).toBeNull();
    for (const id of STATES) {
      const w = picture(id).window;
      if (w) expect(w.x + w.width).toBeLessThanOrEqual(CHART.right);
    }
  });

  it('a break on your own has no shaded window, and says why', () => {
    expect(picture('own').window).toBeNull();
    expect(explain('own').shading).toMatch(/^No shading: no study has measured/);
    expect(message('own').says).toMatch(/plan as if it is gone/);
  });

  it("the band's words sit clear of the window", () => {
    for (const id of STATES) {
      const { window: w, bandLabelX } = picture(id);
      if (w) expect(bandLabelX < w.x || bandLabelX > w.x + w.width, id).toBe(true);
      expect(bandLabelX).toBeGreaterThan(LAST_USE_X);
      expect(bandLabelX).toBeLessThan(CHART.right);
    }
  });
});

describe('the text variants the page renders', () => {
  const groups = Object.entries(variants());

  it('exactly one variant of each text shows in every state', () => {
    for (const { id } of every) {
      const tokens = stateTokens(id);
      for (const [name, list] of groups) expect(list.filter((v) => matches(v.when, tokens)).length, `${name} for ${tokens.join(' ')}`).toBe(1);
    }
  });

  it('every variant shows in some state', () => {
    for (const [name, list] of groups) {
      for (const v of list) expect(every.some(({ id }) => matches(v.when, stateTokens(id))), `${name}: ${v.when}`).toBe(true);
    }
  });

  it('the picture text is the fixed words, the marks and the shading legend', () => {
    expect(chartText('own')).toBe(`${CHART_TEXT}Nothing is shaded. No shading: no study has measured one high-risk time for a break on your own.`);
    expect(chartText('prison')).toMatch(/^Illustration, not a measurement\..*could be anywhere in the band.*A line marks when you get out\..*Shaded: the first 2 weeks after release\./);
  });
});

describe('the checks themselves', () => {
  it('catch a text that ties tolerance to a time, or gives a dose, a percentage or a fraction', () => {
    for (const bad of [
      'Take 8 mg to start.',
      'Your tolerance is about 50% of what it was.',
      'After 2 weeks, your tolerance is half of what it was.',
      'Tolerance on day 3',
      'Your tolerance after a month',
      'Your tolerance is lower after several weeks.',
      'By then your level is 1/4 of before.',
      'Your tolerance falls fast.',
      'Your tolerance is gone within days.',
      'It is gone in 3 days.',
      'After 1 week: much lower tolerance',
      'Using is safe after a month.',
      'No one can tell how fast tolerance falls.',
      'It takes 3 days to lose your tolerance.',
      'Your tolerance is 3 times lower.',
    ]) {
      expect(problems(bad), bad).not.toEqual([]);
    }
    for (const good of ['Safer use means less risk.', 'Shaded: the first 2 weeks after release.', 'Your tolerance could be anywhere in here: plan as if it is gone.', 'First 4 weeks out']) {
      expect(problems(good), good).toEqual([]);
    }
  });

  it('catch a band that narrows, or starts late, or leaves a gap', () => {
    const t = CHART.top;
    const z = NEAR_ZERO_Y;
    const r = CHART.right;
    const L = LAST_USE_X;
    // A wedge that opens over a few days: a level could be read at its start.
    expect(bandProblems([[L, t], [r, t], [r, z], [L + 10, z]])).not.toEqual([]);
    // A band that narrows towards a level as time goes on.
    expect(bandProblems([[L, t], [r, t + 40], [r, z - 20], [L, z]])).not.toEqual([]);
    // A band that stops short of near zero.
    expect(bandProblems([[L, t], [r, t], [r, z - 20], [L, z - 20]])).not.toEqual([]);
    // A band that ends before the plot does.
    expect(bandProblems([[L, t], [r - 30, t], [r - 30, z], [L, z]])).not.toEqual([]);
    expect(bandProblems(BAND)).toEqual([]);
  });

  it('catch a curve, a point, a sloping line, a partial strip or words typed into the picture', () => {
    const svg = chartSvg(astro);
    for (const planted of [
      '<path class="tol-curve" d={curvePath()} />',
      '<circle class="tol-point" cx={x} cy={y} r="6" />',
      '<line x1={a} y1={b} x2={c} y2={d} />',
      '<rect x={w.x} y={yOf(level)} width={w.width} height={h} />',
      '<text x="10" y="20">2 weeks: much lower</text>',
      '<text x="10" y="20">{label} at day 3</text>',
      '<polygon points="1,2 3,4 5,6" />',
    ]) {
      expect(svgProblems(svg.replace('</g>', `${planted}</g>`)), planted).not.toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------
// En español: the same facts, the same safety rules, the same picture (content-style.md
// "En español"). Spanish pages (/es/...) render the Spanish table; these checks walk every
// state in Spanish with the same kinds of assertions as the English ones above.

/** Matches whole Spanish words (JavaScript's \b does not know accented letters). */
const es = (src: string) => new RegExp(String.raw`(?<![\p{L}\d])(?:${src})(?![\p{L}\d])`, 'iu');

const DOSE_ES = /\d+(?:[.,]\d+)?\s?(?:mg|mcg|ml|miligramos?|microgramos?|mililitros?)(?!\p{L})/iu;
const PERCENT_ES = /%|por\s?ciento/iu;
const FRACTION_ES = new RegExp(
  String.raw`\d+\s*\/\s*\d+|[½⅓⅔¼¾⅕⅛]|(?<!\p{L})(?:mitad|mitades|medio|media|tercios?|cuartos?|quintos?|décim[oa]s?)(?!\p{L})` +
    String.raw`|(?<!\p{L})(?:un[oa]?|dos|tres|cuatro|cinco|diez|\d+) de cada(?!\p{L})|\d+(?:[.,]\d+)?\s*(?:veces|x|×)(?!\p{L})|(?<!\p{L})(?:dos|tres|cuatro|cinco|diez|cien) veces(?!\p{L})`,
  'iu',
);
/** Never "seguro" about using: no amount or way of using is safe. */
const SAFE_ES = es('segur[oa]s?|sin riesgo');

/** Words that speak of tolerance, its level or what the reader's body can take. */
const TOLERANCE_WORDS_ES = new RegExp(
  String.raw`toleran|(?<![\p{L}\d])(?:nivel(?:es)?|franja|casi cero|ya no la tiene|ya no la tuviera|perd\p{L}*|pierd\p{L}*|aguant\p{L}*|cantidad que usaba|qué tan baja|cuánt[oa]s?)(?![\p{L}\d])`,
  'iu',
);
/** Any time quantity or speed: a number, a unit of time, or how fast. */
const TIME_WORDS_ES = new RegExp(
  String.raw`\d|(?<![\p{L}\d])(?:minutos?|horas?|días?|noches?|semanas?|mes|meses|años?|diari[oa]s?|semanal(?:es)?|mensual(?:es)?|mañana|ayer` +
    String.raw`|rápid\p{L}*|rapidez|lent[oa]s?|lentamente|pronto|deprisa|despacio|velocidad|ritmo|gradual(?:es|mente)?|poco a poco|tasa|de golpe|enseguida|día \d+)(?![\p{L}\d])`,
  'iu',
);
/** How fast tolerance falls, or in how many days: no one knows. */
const SPEED_ES = /qué tan rápid|con qué rapidez|cuán rápid|qué tan pronto|cuánto tarda|cuántos días/iu;
/** Person-first words (content-style.md "En español"). */
const STIGMA_ES = es(
  String.raw`adict[oa]s?|drogadict[oa]s?|toxicóman[oa]s?|yonquis?|vicios[oa]s?|limpi[oa]s?|suci[oa]s?|abuso de (?:drogas|sustancias|opioides)|(?:terapia|tratamiento) de (?:reemplazo|sustitución)|fracas\p{L}*`,
);
/** The reader is "usted", never "tú". */
const TU = es('tú|tu|tus|te|ti|contigo|tienes|puedes|quieres|estás|usas|consumes|saliste|dejaste');

function toleranceWithTimeEs(t: string): string[] {
  return sentences(t).filter((s) => TOLERANCE_WORDS_ES.test(s) && TIME_WORDS_ES.test(s));
}

function problemsEs(t: string): string[] {
  const found: string[] = [];
  if (DOSE_ES.test(t)) found.push('a dose');
  if (PERCENT_ES.test(t)) found.push('a percentage');
  if (FRACTION_ES.test(t)) found.push('a fraction or a multiple');
  if (SAFE_ES.test(t)) found.push('the word "seguro"');
  for (const s of toleranceWithTimeEs(t)) found.push(`tolerance tied to a time: "${s}"`);
  if (SPEED_ES.test(t)) found.push('a speed of tolerance loss');
  if (STIGMA_ES.test(t)) found.push(`a stigmatising word: ${STIGMA_ES.exec(t)![0]}`);
  if (TU.test(t)) found.push(`"tú" instead of "usted": ${TU.exec(t)![0]}`);
  // The site's own editor: typed phone numbers and doses (its word lists are English).
  for (const f of safetyFindings('explainer', proseLines(t, 1))) found.push(`${f.rule}: ${f.message}`);
  return found;
}

/** English guide -> its Spanish twin (the addresses the Spanish edition uses). */
const SPANISH_TWINS: Record<string, string> = {
  '/guides/leaving-jail-detox-or-hospital/': '/es/guias/salir-de-la-carcel-desintoxicacion-u-hospital/',
  '/guides/buprenorphine-restart/': '/es/guias/volver-a-la-buprenorfina/',
  '/guides/methadone-restart/': '/es/guias/volver-a-la-metadona/',
  '/guides/naltrexone/': '/es/guias/naltrexona/',
  '/guides/moud-compared/': '/es/guias/comparar-medicamentos/',
  '/guides/lost-tolerance/': '/es/guias/perdida-de-tolerancia/',
  '/guides/restarting-after-a-break/': '/es/guias/volver-a-consumir-despues-de-una-pausa/',
  '/help/': '/es/ayuda/',
};

/** Every string in a table, with its path ("situations.prison.restart.0.href"). */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** Every link in a table: the restart links and the safety steps' "more" link. */
const linksOf = (T: ToleranceText) => [...Object.values(T.situations).flatMap((s) => s.restart), T.ui.more];

/** The numbers in a text, sorted. */
const numbers = (t: string) => (t.match(/\d+/g) ?? []).sort();

const staticTextsEs = staticTextsOf('es');

describe('en español: every situation', () => {
  it('every English string has a Spanish one, in the same place, and none is left in English', () => {
    const en = leaves(TEXTS.en);
    const spanish = new Map(leaves(TEXTS.es));
    expect([...spanish.keys()]).toEqual(en.map(([path]) => path));
    for (const [path, english] of en) {
      const t = spanish.get(path)!;
      if (path.endsWith('.helpline')) expect(t, path).toBe(english);
      else if (path.endsWith('.href')) expect(t, path).toBe(SPANISH_TWINS[english]);
      else expect(t, path).not.toBe(english);
    }
  });

  it('the situations are the same five, in the same order, with the same sources', () => {
    expect(situations('es').map((s) => s.id)).toEqual([...STATES]);
    expect(situations('es').map((s) => s.sources)).toEqual(SITUATIONS.map((s) => s.sources));
    expect(Object.fromEntries(situations('es').map((s) => [s.id, s.sources]))).toEqual(SOURCES);
    expect(situations('es').map((s) => s.label)).toEqual([
      'Salió de la cárcel o de la prisión',
      'Salió de desintoxicación, de rehabilitación o del hospital',
      'Dejó la metadona o la buprenorfina',
      'Se pasó el efecto de la naltrexona o la dejó',
      'Hizo una pausa por su cuenta',
    ]);
  });

  it.each(STATES)('%s has a message in Spanish', (id) => {
    const m = message(id, 'es');
    expect(m.summary).toBe(situations('es').find((s) => s.id === id)!.label);
    expect(m.tolerance).toBe(TEXTS.es.tolerance);
    expect(m.tolerance).toMatch(/Haga planes como si ya no la tuviera/);
    expect(m.says.length).toBeGreaterThan(40);
    expect(m.restart.length).toBe(message(id).restart.length);
    for (const l of m.restart) expect(l.href).toMatch(/^\/es\/guias\/(?:volver-a-la-buprenorfina|volver-a-la-metadona|naltrexona|salir-de-la-carcel-desintoxicacion-u-hospital|comparar-medicamentos)\/$/);
  });

  it('every Spanish link is a /es/ address: the twin of the English link, and a Spanish guide that exists', () => {
    const en = linksOf(TEXTS.en);
    const spanish = linksOf(TEXTS.es);
    expect(spanish.length).toBe(en.length);
    spanish.forEach((l, i) => {
      expect(l.href).toMatch(/^\/es\//);
      expect(l.href).toBe(SPANISH_TWINS[en[i]!.href]);
      const slug = /^\/es\/guias\/([\w-]+)\/$/.exec(l.href)?.[1];
      expect(slug, l.href).toBeDefined();
      expect(existsSync(new URL(`../../content/es/guides/${slug}.mdx`, import.meta.url)), l.href).toBe(true);
    });
    // The template types no address: every link comes from the page's language.
    expect(astro.replace(/^---[\s\S]*?---/, '')).not.toMatch(/href="\//);
  });

  it.each(STATES)('%s carries the safety steps in Spanish', (id) => {
    const { safety } = explain(id, 'es');
    expect(safety).toBe(TEXTS.es.safety);
    expect(safety.map((s) => s.helpline)).toEqual(SAFETY_STEPS.map((s) => s.helpline));
    const all = safety.map((s) => `${s.text} ${s.after ?? ''}`).join(' ');
    expect(all).toMatch(/naloxona/i);
    expect(all).toMatch(/no consuma a solas/i);
    expect(all).toMatch(/haga la prueba a lo que va a consumir/i);
    expect(all).toMatch(/mucho menos que antes/i);
    expect(all).toMatch(/vaya despacio/i);
    expect(all).toMatch(/benzodiacepinas/i);
    expect(all).toMatch(/alcohol/i);
  });

  it.each(STATES)('%s: no dose, percentage, fraction, "seguro", "tú", stigma, or tolerance tied to a time, in any Spanish text or label', (id) => {
    for (const t of textsOf(id, 'es')) expect(problemsEs(t), t).toEqual([]);
  });

  it('the Spanish texts shown whatever the state, and the component\'s own words, pass the same checks', () => {
    expect(staticTextsEs).toContain('Vea cómo una pausa cambia el riesgo');
    for (const t of staticTextsEs) expect(problemsEs(t), t).toEqual([]);
    // The note shown without JavaScript names the details' summary as the reader sees it.
    for (const lang of ['en', 'es'] as const) expect(text(lang).ui.noscript).toContain(`“${text(lang).ui.details}”`);
  });

  it('the same facts, no more: every Spanish text gives exactly the numbers its English text gives', () => {
    const en = new Map(leaves(TEXTS.en));
    for (const [path, t] of leaves(TEXTS.es)) {
      if (path.endsWith('.href')) continue;
      expect(numbers(t), `${path}: ${t}`).toEqual(numbers(en.get(path)!));
    }
  });

  it('no Spanish text carries a phone number', () => {
    const all = [...STATES.flatMap((id) => textsOf(id, 'es')), ...staticTextsEs].join('\n');
    expect(all).not.toMatch(/\d{3}[-. ]\d{4}|\b988\b|\b911\b/);
  });

  it('short sentences: under 18 words on average, none over 30', () => {
    const all = [...new Set([...STATES.flatMap((id) => textsOf(id, 'es')), ...staticTextsEs])];
    const counts = all.flatMap(sentences).map((s) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length);
    expect(counts.reduce((a, b) => a + b, 0) / counts.length).toBeLessThan(18);
    expect(Math.max(...counts)).toBeLessThanOrEqual(30);
  });

  it('Strang 2003 backs only what it showed, in Spanish too', () => {
    for (const s of situations('es').filter((x) => x.sources.includes('strang-2003'))) {
      expect(s.found).toMatch(/estudio pequeño de desintoxicación con internamiento, 3 personas murieron por sobredosis en los 4 meses después de salir/);
    }
  });
});

describe('en español: the picture shows no timeline', () => {
  it.each(STATES)('%s: the same band and marks as in English, only the words change', (id) => {
    expect(bandProblems(BAND)).toEqual([]);
    const p = picture(id, 'es');
    const en = picture(id);
    expect(explain(id, 'es').picture).toEqual(p);
    // Nothing in a language moves or narrows the band, or moves a mark or a window.
    expect({ ...p, lastUse: '', event: p.event && { ...p.event, label: '' }, window: p.window && { ...p.window, label: '' } })
      .toEqual({ ...en, lastUse: '', event: en.event && { ...en.event, label: '' }, window: en.window && { ...en.window, label: '' } });
  });

  it.each(STATES)('%s: the Spanish marks name an event or a window, never a level', (id) => {
    const p = picture(id, 'es');
    const T = text('es');
    for (const label of [p.lastUse, p.event?.label, p.window?.label].filter((l) => l !== undefined)) {
      expect(label, label).not.toMatch(TOLERANCE_WORDS_ES);
    }
    for (const label of [p.lastUse, p.event?.label, ...T.bandLabel, ...Object.values(T.chartLabels)].filter((l) => l !== undefined)) {
      expect(label, label).not.toMatch(/\d/);
    }
    if (p.window) expect(p.window.label).not.toMatch(/\d(?! semanas?(?![\p{L}]))/u);
  });

  it('the windows keep their measured weeks in Spanish', () => {
    expect(picture('prison', 'es').window).toEqual({ x: EVENT_X, width: 2 * WEEK, label: 'Primeras 2 semanas afuera' });
    expect(picture('treatment', 'es').window).toEqual({ x: EVENT_X, width: 4 * WEEK, label: 'Primeras 4 semanas afuera' });
    expect(picture('moud', 'es').window).toEqual({ x: LAST_USE_X, width: 4 * WEEK, label: 'Primeras 4 semanas' });
    expect(picture('naltrexone', 'es').window).toEqual({ x: EVENT_X, width: CHART.right - EVENT_X, label: 'Ya sin efecto' });
    expect(picture('own', 'es').window).toBeNull();
    expect(explain('own', 'es').shading).toMatch(/^Sin sombreado: ningún estudio ha medido/);
    expect(message('own', 'es').says).toMatch(/haga planes como si ya no la tuviera/);
  });

  it('the words inside the band and its legend say no level can be read', () => {
    const T = text('es');
    expect(T.bandLabel.join(' ')).toBe('Su tolerancia podría estar en cualquier punto de esta franja');
    expect(T.bandLegend).toMatch(/cualquier punto de esta franja: haga planes como si ya no la tuviera/);
    expect(T.chartText).toMatch(/cualquier punto de la franja: haga planes como si ya no la tuviera/);
    expect(T.chartText.endsWith(' ')).toBe(true);
  });

  it('the picture text is the fixed words, the marks and the shading legend', () => {
    expect(chartText('own', 'es')).toBe(`${TEXTS.es.chartText}No hay nada sombreado. Sin sombreado: ningún estudio ha medido un periodo de alto riesgo después de una pausa por su cuenta.`);
    expect(chartText('prison', 'es')).toMatch(/^Ilustración, no una medición\..*cualquier punto de la franja.*Una línea marca el momento en que usted sale\..*Sombreado: las primeras 2 semanas después de salir\./);
  });

  it('exactly one Spanish variant of each text shows in every state', () => {
    for (const id of STATES) {
      const tokens = stateTokens(id);
      for (const [name, list] of Object.entries(variants('es'))) expect(list.filter((v) => matches(v.when, tokens)).length, `${name} for ${id}`).toBe(1);
    }
  });
});

describe('the words fit the picture, in every language', () => {
  /** About how wide a label is at the picture's 11px type: 6 units a character. */
  const wide = (t: string) => t.length * 6;
  const span = (t: string, x: number, anchor: 'middle' | 'end' | 'start' = 'middle') =>
    anchor === 'middle' ? [x - wide(t) / 2, x + wide(t) / 2] : anchor === 'end' ? [x - wide(t), x] : [x, x + wide(t)];

  it.each((['en', 'es'] as const).flatMap((lang) => STATES.map((id) => [lang, id] as const)))('%s %s: no label runs off the picture or over another', (lang, id) => {
    const p = picture(id, lang);
    const T = text(lang);
    const inside = ([a, b]: number[], from = 0, to: number = CHART.width) => a! >= from && b! <= to;
    // The events row: the last use, the event, and "Time →" at the right end.
    const row = [span(p.lastUse, LAST_USE_X), ...(p.event ? [span(p.event.label, p.event.x)] : []), span(T.chartLabels.time, CHART.right, 'end')];
    for (const s of row) expect(inside(s), `${lang} ${id}: ${JSON.stringify(row)}`).toBe(true);
    for (let k = 1; k < row.length; k++) expect(row[k - 1]![1]! + 4, `${lang} ${id}: events row`).toBeLessThanOrEqual(row[k]![0]!);
    // The windows row.
    if (p.window) expect(inside(span(p.window.label, p.window.x + p.window.width / 2)), p.window.label).toBe(true);
    // The band's words stay in the part of the band the window leaves clear.
    const w = p.window;
    const clear = w && w.x === LAST_USE_X ? [w.x + w.width, CHART.right] : [LAST_USE_X, w ? w.x : CHART.right];
    for (const line of T.bandLabel) expect(inside(span(line, p.bandLabelX), clear[0], clear[1]), `${lang} ${id}: ${line}`).toBe(true);
    // The fixed words at the top.
    expect(inside(span(T.chartLabels.note, CHART.right, 'end'))).toBe(true);
    expect(inside(span(T.chartLabels.before, CHART.left + 2, 'start'))).toBe(true);
    expect(ROWS.windows).toBeLessThan(CHART.height);
  });
});

describe('the browser loads no words', () => {
  it('the upgrade imports only the word-free state module, which imports nothing', () => {
    const upgrade = readFileSync(new URL('./tolerance-upgrade.ts', import.meta.url), 'utf8');
    const state = readFileSync(new URL('./tolerance-state.ts', import.meta.url), 'utf8');
    expect([...upgrade.matchAll(/^import\b.*$/gm)].map((m) => m[0])).toEqual(["import { matches, stateTokens } from './tolerance-state';"]);
    expect(state).not.toMatch(/^import\b/m);
    // Its only strings are selectors and attribute names: no words for the reader.
    const code = upgrade.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/['"`][^'"`\n]*\p{L}{2,} \p{L}{2,}[^'"`\n]*['"`]/u);
  });
});

describe('the Spanish checks themselves', () => {
  it('catch a Spanish text that ties tolerance to a time, gives a dose, a percentage or a fraction, says "seguro" or "tú"', () => {
    for (const bad of [
      'Tome 8 mg para empezar.',
      'Su tolerancia es cerca del 50 % de lo que era.',
      'Después de 2 semanas, su tolerancia es la mitad de lo que era.',
      'La tolerancia en el día 3',
      'Su tolerancia después de un mes',
      'Su tolerancia es más baja después de varias semanas.',
      'Para entonces su nivel es 1/4 del de antes.',
      'Su tolerancia baja rápido.',
      'La tolerancia se pierde en pocos días.',
      'La pierde en 3 días: ya no aguanta lo de antes.',
      'Después de 1 semana: mucha menos tolerancia',
      'Consumir es seguro después de un mes.',
      'Nadie sabe qué tan rápido baja la tolerancia.',
      'Tarda 3 días en perder la tolerancia.',
      'Su tolerancia es 3 veces más baja.',
      'Es un adicto.',
      'Dio limpio en la prueba.',
      'Lleva tu naloxona.',
      'Si puedes, no consumas solo.',
    ]) {
      expect(problemsEs(bad), bad).not.toEqual([]);
    }
    for (const good of [
      'Asegúrese de que alguien cerca sepa usar la naloxona.',
      'Sombreado: las primeras 2 semanas después de salir.',
      'Su tolerancia podría estar en cualquier punto de esta franja: haga planes como si ya no la tuviera.',
      'Primeras 4 semanas afuera',
      'Empiece con mucho menos que antes y vaya despacio.',
    ]) {
      expect(problemsEs(good), good).toEqual([]);
    }
  });
});
