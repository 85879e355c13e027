import { describe, expect, it } from 'vitest';
import {
  CHART, CHART_TEXT, HEIGHT, SAFETY_STEPS, SITUATIONS, STEPS, TOLERANCE, WINDOWS,
  chartState, chartText, clampStep, curve, curvePath, explain, matches, message, stateTokens, variants, windowPosition, xOfDays, yOf,
  type SituationId,
} from './tolerance-model';
import { MAX_GRADE, proseLines, readability, safetyFindings, stigmaFindings } from '../lib/content-checks';

const IDS = SITUATIONS.map((s) => s.id);
const every = IDS.flatMap((id) => STEPS.map((step, i) => ({ id, i, step })));

// What the explainer must never say (content-style.md "Safety rules", facts.md "Claims to handle carefully").
const DOSE = /\d+(?:\.\d+)?\s?(?:mg|mcg|ml|milligrams?|micrograms?)\b/i;
const PERCENT = /%|percent/i;
const SAFE = /\bsafe\b/i;
const NUMBER = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|few)`;
const UNIT = String.raw`(?:days?|weeks?|months?|hours?)`;
const GONE = String.raw`(?:gone|lost|lose|loses|disappears?|resets?|normal|back|returns?|zero|none left|safe|ok|okay|fine)`;
const TIME = new RegExp(String.raw`\b(?:in|after|within|takes?|by|for|over)\s+(?:about\s+|only\s+|just\s+)?${NUMBER}\s+${UNIT}\b|\b${NUMBER}\s+${UNIT}\s+(?:to|until)\b`, 'i');
/** A sentence that ties a length of time to tolerance being gone, or to using being "safe" or OK:
 * "tolerance is gone after 2 weeks", "it takes 3 days to lose your tolerance", "OK again after a month". */
function daysUntil(text: string): boolean {
  return text.split(/(?<=[.!?])\s+/).some((sentence) =>
    TIME.test(sentence) && new RegExp(String.raw`\b${GONE}\b`, 'i').test(sentence) && /toleran|\b(?:safe|ok|okay|fine)\b/i.test(sentence),
  );
}

function problems(text: string): string[] {
  const found: string[] = [];
  if (DOSE.test(text)) found.push('a dose');
  if (PERCENT.test(text)) found.push('a percentage');
  if (SAFE.test(text)) found.push('the word "safe"');
  if (daysUntil(text)) found.push('a time until tolerance is gone');
  // The site's own editor: typed phone numbers, tolerance-days, doses, stigma words.
  const lines = proseLines(text, 1);
  for (const f of [...safetyFindings('explainer', lines), ...stigmaFindings('explainer', lines, [text])]) found.push(`${f.rule}: ${f.message}`);
  return found;
}

/** Every text the reader can see or hear in one state. */
function textsOf(id: SituationId, i: number): string[] {
  const e = explain(id, i);
  return [
    e.summary, e.tolerance, e.says, e.chartText, e.hint, e.shading, e.valueText,
    ...e.restart.map((l) => l.text),
    ...e.safety.flatMap((s) => [s.text, s.after ?? '']),
  ];
}

/** Texts shown whatever the state, and in "What each situation means". */
const staticTexts = SITUATIONS.flatMap((s) => [s.label, s.found, s.hint, s.shading, ...s.restart.map((l) => l.text)]);

describe('the curve', () => {
  const days = Array.from({ length: 2001 }, (_, k) => k / 5); // 0 to 400 days, in fifths of a day

  it('is bounded in (0, 1] and starts at 1', () => {
    expect(curve(0)).toBe(1);
    for (const d of [...days, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e6]) {
      const v = curve(d);
      expect(v, `curve(${d})`).toBeGreaterThan(0);
      expect(v, `curve(${d})`).toBeLessThanOrEqual(1);
    }
  });

  it('never rises as time goes on', () => {
    for (let k = 1; k < days.length; k++) expect(curve(days[k]!), `day ${days[k]}`).toBeLessThanOrEqual(curve(days[k - 1]!));
  });

  it('falls at every step of the slider', () => {
    for (let i = 1; i < STEPS.length; i++) expect(curve(STEPS[i]!.days)).toBeLessThan(curve(STEPS[i - 1]!.days));
  });

  it('draws inside the plot, left to right and never upwards', () => {
    const pts = [...curvePath().matchAll(/([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(pts.length).toBeGreaterThan(20);
    expect(pts[0]).toEqual([CHART.left, CHART.top]);
    for (let k = 1; k < pts.length; k++) {
      expect(pts[k]![0]).toBeGreaterThan(pts[k - 1]![0]);
      expect(pts[k]![1]).toBeGreaterThanOrEqual(pts[k - 1]![1]);
      expect(pts[k]![1]).toBeLessThan(CHART.bottom);
    }
  });
});

describe('the time steps', () => {
  it('run from days to months, each labelled in words', () => {
    expect(STEPS[0]!.label).toBe('1 day');
    expect(STEPS.at(-1)!.label).toBe('6 months');
    for (let i = 1; i < STEPS.length; i++) expect(STEPS[i]!.days).toBeGreaterThan(STEPS[i - 1]!.days);
    for (const s of STEPS) expect(s.label).toMatch(/^\d+ (?:day|week|month)s?$/);
    expect(STEPS.map((s) => s.label)).toContain('3 days');
    expect(STEPS.map((s) => s.label)).toContain('2 weeks');
    expect(STEPS.map((s) => s.label)).toContain('2 months');
  });

  it('clamps a slider value to a step', () => {
    expect(clampStep(-3)).toBe(0);
    expect(clampStep(99)).toBe(STEPS.length - 1);
    expect(clampStep(2.4)).toBe(2);
    expect(clampStep(Number.NaN)).toBeGreaterThanOrEqual(0);
  });
});

describe('every situation at every step', () => {
  it('covers the five situations in the brief', () => {
    expect(SITUATIONS.map((s) => s.label)).toEqual([
      'Left jail or prison',
      'Left detox, rehab or a hospital stay',
      'Stopped methadone or buprenorphine',
      'Naltrexone wore off or was stopped',
      'Took a break on my own',
    ]);
  });

  it.each(every.map((c) => [c.id, c.step.label, c.i] as const))('%s at %s has a message', (id, label, i) => {
    const m = message(id, i);
    expect(m.summary).toBe(`${SITUATIONS.find((s) => s.id === id)!.label}: ${label} since you last used regularly.`);
    expect(m.tolerance).toContain('No one can tell how much.');
    expect(m.says.length).toBeGreaterThan(40);
    expect(m.restart.length).toBeGreaterThan(0);
    for (const l of m.restart) expect(l.href).toMatch(/^\/guides\/(?:buprenorphine-restart|methadone-restart|naltrexone|leaving-jail-detox-or-hospital|moud-compared)\/$/);
  });

  it.each(every.map((c) => [c.id, c.step.label, c.i] as const))('%s at %s carries the safety steps', (id, _label, i) => {
    const { safety } = explain(id, i);
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

  it.each(every.map((c) => [c.id, c.step.label, c.i] as const))('%s at %s: no dose, percentage, "safe" or days until tolerance is gone', (id, _label, i) => {
    for (const text of textsOf(id, i)) expect(problems(text), text).toEqual([]);
  });

  it('the texts shown whatever the state pass the same checks', () => {
    for (const text of [...staticTexts, ...CHART_TEXT]) expect(problems(text), text).toEqual([]);
  });

  it('no text carries a phone number: the page renders helplines from content/helplines.yaml', () => {
    const all = [...every.flatMap((c) => textsOf(c.id, c.i)), ...staticTexts].join('\n');
    expect(all).not.toMatch(/\d{3}[-. ]\d{4}|\b988\b|\b911\b/);
  });

  it('reads at US grade 8 or below', () => {
    const all = [...new Set([...every.flatMap((c) => textsOf(c.id, c.i)), ...staticTexts])];
    const { grade } = readability(proseLines(all.join('\n'), 1));
    expect(grade).toBeLessThanOrEqual(Math.min(8, MAX_GRADE));
  });
});

describe('the risk windows', () => {
  it('match the measured windows in facts.md', () => {
    expect(WINDOWS.prison).toEqual({ kind: 'from-leaving', days: 14 });
    expect(WINDOWS.treatment).toEqual({ kind: 'from-leaving', days: 28 });
    expect(WINDOWS.moud).toEqual({ kind: 'fixed', days: 28 });
    expect(WINDOWS.naltrexone.kind).toBe('open');
    expect(WINDOWS.own.kind).toBe('none');
    expect(Object.keys(WINDOWS).sort()).toEqual(SITUATIONS.map((s) => s.id).sort());
  });

  it('inside the measured window, the message says deaths are highest now; after it, that risk is still high', () => {
    const inside = message('moud', STEPS.findIndex((s) => s.label === '2 weeks'));
    expect(inside.says).toMatch(/^This is the time when overdose deaths are highest for people in your situation/);
    const after = message('moud', STEPS.findIndex((s) => s.label === '2 months'));
    expect(after.says).toMatch(/still high/);
    expect(after.says).toMatch(/tolerance keeps falling/);
    expect(windowPosition('moud', STEPS.findIndex((s) => s.label === '3 weeks'))).toBe('inside');
    expect(windowPosition('moud', STEPS.findIndex((s) => s.label === '1 month'))).toBe('after');
  });

  it('a window that starts on leaving is never called over: the reader may have just left', () => {
    for (const id of ['prison', 'treatment'] as const) {
      for (let i = 0; i < STEPS.length; i++) {
        expect(message(id, i).says).toMatch(/this is the time when overdose deaths are highest/i);
        expect(message(id, i).says).toMatch(/still high/);
      }
    }
  });

  it('a break on your own has no shaded window, and says risk is high whenever you use', () => {
    for (let i = 0; i < STEPS.length; i++) {
      expect(chartState('own', i).band).toBeNull();
      expect(message('own', i).says).toMatch(/Risk is high whenever you use after a break/);
    }
  });

  it('the point sits on the curve, and the shading stays inside the plot', () => {
    for (const { id, i, step } of every) {
      const c = chartState(id, i);
      expect(c.x).toBeCloseTo(xOfDays(step.days), 1);
      expect(c.y).toBeCloseTo(yOf(curve(step.days)), 1);
      if (!c.band) continue;
      expect(c.band.x).toBeGreaterThanOrEqual(CHART.left);
      expect(c.band.x + c.band.width).toBeLessThanOrEqual(CHART.right + 0.05);
      expect(c.band.width).toBeGreaterThan(0);
      const inBand = c.x >= c.band.x - 0.05 && c.x <= c.band.x + c.band.width + 0.05;
      // The point is in the shading when the reader may be in the window.
      if (windowPosition(id, i) !== 'after') expect(inBand, `${id} ${step.label}`).toBe(true);
      else expect(inBand, `${id} ${step.label}`).toBe(false);
    }
  });
});

describe('the text variants the page renders', () => {
  const groups = Object.entries(variants());

  it('exactly one variant of each text shows in every state', () => {
    for (const { id, i } of every) {
      const tokens = stateTokens(id, i);
      for (const [name, list] of groups) expect(list.filter((v) => matches(v.when, tokens)).length, `${name} for ${tokens.join(' ')}`).toBe(1);
    }
  });

  it('every variant shows in some state', () => {
    for (const [name, list] of groups) {
      for (const v of list) expect(every.some(({ id, i }) => matches(v.when, stateTokens(id, i))), `${name}: ${v.when}`).toBe(true);
    }
  });

  it('the chart text is the fixed words, the time and the height in words', () => {
    expect(chartText('own', 0)).toBe(`${CHART_TEXT[0]}1 day${CHART_TEXT[1]}${HEIGHT.days}${CHART_TEXT[2]}`);
    expect(chartText('prison', STEPS.length - 1)).toContain('6 months');
    expect(Object.keys(TOLERANCE)).toEqual(Object.keys(HEIGHT));
  });
});

describe('the checks themselves', () => {
  it('catch what they are meant to catch', () => {
    for (const bad of [
      'Take 8 mg to start.',
      'Your tolerance is about 50% of what it was.',
      'It drops by half, 50 percent.',
      'Using is safe after a month.',
      'Your tolerance is gone after 2 weeks.',
      'After a week, your tolerance is lost.',
      'It takes 3 days to lose your tolerance.',
      'You are back to normal tolerance within ten days.',
      'It is OK again after a month.',
    ]) {
      expect(problems(bad), bad).not.toEqual([]);
    }
    for (const good of ['Safer use means less risk.', 'Your tolerance may already be much lower than before.', 'The first two weeks after you get out.']) {
      expect(problems(good), good).toEqual([]);
    }
  });
});
