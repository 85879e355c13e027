import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BAND, BAND_LABEL, BAND_LEGEND, BEFORE, CHART, CHART_LABELS, CHART_TEXT, DETAILS_INTRO, EVENT_X, LAST_USE_X, NEAR_ZERO_Y,
  SAFETY_STEPS, SITUATIONS, STATES, TOLERANCE, WEEK, WINDOWS,
  bandPoints, chartText, explain, matches, message, picture, stateTokens, variants,
  type Picture, type SituationId,
} from './tolerance-model';
import { MAX_GRADE, proseLines, readability, safetyFindings, stigmaFindings } from '../lib/content-checks';

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
function textsOf(id: SituationId): string[] {
  const e = explain(id);
  const p = e.picture;
  return [
    e.summary, e.tolerance, e.says, e.chartText, e.shading, e.bandLegend, e.bandLabel.join(' '),
    ...Object.values(e.chartLabels), p.lastUse, p.event?.label ?? '', p.window?.label ?? '',
    ...e.restart.map((l) => l.text),
    ...e.safety.flatMap((s) => [s.text, s.after ?? '']),
  ].filter(Boolean);
}

/** Texts shown whatever the state, and in "What each situation means". */
const staticTexts = [
  TOLERANCE, BAND_LEGEND, CHART_TEXT, DETAILS_INTRO, BAND_LABEL.join(' '), ...Object.values(CHART_LABELS),
  ...SITUATIONS.flatMap((s) => [s.label, s.found, s.described, s.shading, s.says, ...Object.values(s.marks), ...s.restart.map((l) => l.text)]),
  ...templateWords(astro),
];

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
    expect(templateWords(astro)).toContain('See how a break changes the risk');
    for (const text of staticTexts) expect(problems(text), text).toEqual([]);
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
