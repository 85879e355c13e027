// The tolerance explainer's model: pure data and functions, used by the server render
// (ToleranceExplainer.astro), the browser upgrade (tolerance-upgrade.ts) and the tests.
//
// Safety rules (content-style.md, facts.md): no dose, no percentage, no number of days after
// which tolerance is "gone", and never the word "safe" about using. The curve is an
// illustration only: its value draws the chart and is never shown as a number.
// tolerance-model.test.ts walks every situation and every step and checks every text.
//
// How the texts reach the page: the server renders every variant of each text once, each
// marked with the state it belongs to (data-when="moud pos-after"), and hides all but the
// current one. The upgrade only works out the state's tokens and shows the variants that
// match, so the browser never downloads the prose twice. The browser code uses only
// STEPS, WINDOWS and the functions below them; SITUATIONS and the texts stay on the server.

export type SituationId = 'prison' | 'treatment' | 'moud' | 'naltrexone' | 'own';

/**
 * The measured high-risk window for a situation, on the chart's clock (time since the
 * reader last used regularly):
 * - 'fixed': starts when the clock starts (stopping methadone or buprenorphine is the
 *   last regular opioid dose) and lasts `days`.
 * - 'from-leaving': starts when the person leaves prison, detox, rehab or a hospital, which
 *   can be any point on the clock (the break began inside), so the chart draws it from the
 *   marked point for `days`.
 * - 'open': starts when naltrexone wears off, and has no measured end.
 * - 'none': no window has been measured (a break on your own).
 */
export type RiskWindow =
  | { kind: 'fixed'; days: number }
  | { kind: 'from-leaving'; days: number }
  | { kind: 'open' }
  | { kind: 'none' };

/** Measured windows (facts.md section 1): Binswanger 2007 and Merrall 2010 (prison, first two
 * weeks); Strang 2003 and Merrall 2013 (detox; 28 days after hospital discharge); Sordo 2017 and
 * Cousins 2016 (first weeks, weeks 1–4, after leaving methadone or buprenorphine); the naltrexone
 * label and Gibson 2007 (after naltrexone ends); none for a break on your own. */
export const WINDOWS: Readonly<Record<SituationId, RiskWindow>> = {
  prison: { kind: 'from-leaving', days: 14 },
  treatment: { kind: 'from-leaving', days: 28 },
  moud: { kind: 'fixed', days: 28 },
  naltrexone: { kind: 'open' },
  own: { kind: 'none' },
};

export type Stage = 'days' | 'weeks' | 'months';

export interface Step { days: number; label: string; stage: Stage }

/** The slider's stops: time since the reader last used regularly, labelled in words. */
export const STEPS: readonly Step[] = [
  { days: 1, label: '1 day', stage: 'days' },
  { days: 3, label: '3 days', stage: 'days' },
  { days: 7, label: '1 week', stage: 'weeks' },
  { days: 14, label: '2 weeks', stage: 'weeks' },
  { days: 21, label: '3 weeks', stage: 'weeks' },
  { days: 30, label: '1 month', stage: 'weeks' },
  { days: 60, label: '2 months', stage: 'months' },
  { days: 91, label: '3 months', stage: 'months' },
  { days: 182, label: '6 months', stage: 'months' },
];

export const DEFAULT_SITUATION: SituationId = 'prison';
export const DEFAULT_STEP = 3; // 2 weeks

export function clampStep(i: number): number {
  return Math.min(STEPS.length - 1, Math.max(0, Math.round(Number.isFinite(i) ? i : DEFAULT_STEP)));
}

const windowOf = (id: string): RiskWindow => WINDOWS[id as SituationId] ?? { kind: 'none' };

// ---------------------------------------------------------------------------------------
// The curve (illustrative)

/**
 * The shape of the chart's line: 1 at the start of the break, falling steeply at first and
 * then more slowly, never reaching 0. A drawing aid, not a measurement: no one can tell how
 * fast tolerance falls, and this value is never shown to the reader.
 */
export function curve(days: number): number {
  const d = Math.max(0, Number.isFinite(days) ? days : 0);
  return 0.08 + 0.92 * Math.exp(-d / 12);
}

// ---------------------------------------------------------------------------------------
// The chart's geometry, in an SVG viewBox of CHART.width × CHART.height

export const CHART = { width: 300, height: 176, left: 28, right: 292, top: 30, bottom: 130, lastDay: 240 } as const;

/** x for a time on the clock: a log-like scale, so the first days get room and months fit. */
export function xOfDays(days: number): number {
  const d = Math.min(CHART.lastDay, Math.max(0, days));
  return CHART.left + ((CHART.right - CHART.left) * Math.log1p(d / 2)) / Math.log1p(CHART.lastDay / 2);
}

/** The time at x: xOfDays backwards. */
export function daysOfX(x: number): number {
  const t = (x - CHART.left) / (CHART.right - CHART.left);
  return 2 * Math.expm1(t * Math.log1p(CHART.lastDay / 2));
}

export function yOf(value: number): number {
  return CHART.bottom - value * (CHART.bottom - CHART.top);
}

const round = (n: number) => Math.round(n * 10) / 10;

export interface ChartState {
  /** The marked point. */
  x: number;
  y: number;
  /** The shaded window, within the plot, or null when there is none. */
  band: { x: number; width: number } | null;
}

export function chartState(id: string, stepIndex: number): ChartState {
  const days = STEPS[clampStep(stepIndex)]!.days;
  const x = xOfDays(days);
  const w = windowOf(id);
  let from = x;
  let to: number = CHART.right; // open
  if (w.kind === 'fixed') [from, to] = [CHART.left, xOfDays(w.days)];
  if (w.kind === 'from-leaving') to = xOfDays(days + w.days);
  // A window that starts at the last step still shows, as a sliver at the plot's edge.
  from = Math.min(from, to - 6);
  return { x: round(x), y: round(yOf(curve(days))), band: w.kind === 'none' ? null : { x: round(from), width: round(to - from) } };
}

// ---------------------------------------------------------------------------------------
// Which texts show: a state's tokens, and the variants whose `when` they satisfy

/** Where the point is against the measured window. */
export type WindowPosition = 'inside' | 'after' | 'from-leaving' | 'open' | 'none';

export function windowPosition(id: string, stepIndex: number): WindowPosition {
  const w = windowOf(id);
  if (w.kind === 'fixed') return STEPS[clampStep(stepIndex)]!.days <= w.days ? 'inside' : 'after';
  return w.kind;
}

/** e.g. ['moud', 'stage-weeks', 'pos-after'] */
export function stateTokens(id: string, stepIndex: number): string[] {
  return [id, `stage-${STEPS[clampStep(stepIndex)]!.stage}`, `pos-${windowPosition(id, stepIndex)}`];
}

/** A variant shows when every token of its `when` is one of the state's tokens. */
export function matches(when: string, tokens: readonly string[]): boolean {
  return when.split(' ').every((t) => tokens.includes(t));
}

// ---------------------------------------------------------------------------------------
// The words (server only)

export interface Link { href: string; text: string }

export interface Situation {
  id: SituationId;
  /** The radio button's label. */
  label: string;
  /** Helps the reader count the time on the slider for this situation. */
  hint: string;
  /** What the shading on the chart shows, or why there is none. */
  shading: string;
  /** The risk for this situation, for the message. A fixed window has one text inside it and one after. */
  says: string | { inside: string; after: string };
  /** What the research found, for "What each situation means". */
  found: string;
  /** The sources behind `says` and `found`: keys in content/sources.yaml. */
  sources: readonly string[];
  /** Restarting treatment (MOUD) for this situation. */
  restart: readonly Link[];
}

const HIGHEST = 'this is the time when overdose deaths are highest for people in your situation.';

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'prison',
    label: 'Left jail or prison',
    hint: 'Count the time you were inside too.',
    shading: 'Shaded: the first two weeks after you get out. They start when you leave, however long you were inside.',
    says: 'If you got out in the last two weeks, ' + HIGHEST + ' After that, the risk is still high.',
    found: 'For people leaving prison, overdose deaths are highest in the first two weeks out. They stay higher than usual in the weeks after that.',
    sources: ['binswanger-2007', 'merrall-2010'],
    restart: [{ href: '/guides/leaving-jail-detox-or-hospital/', text: 'Getting treatment in the first weeks out' }],
  },
  {
    id: 'treatment',
    label: 'Left detox, rehab or a hospital stay',
    hint: 'Count the time you were in detox, rehab or the hospital too.',
    shading: 'Shaded: the first weeks after you leave. They start when you leave, however long you stayed.',
    says: 'If you left in the last few weeks, ' + HIGHEST + ' After that, the risk is still high.',
    found: 'Overdose deaths go up in the first weeks after people leave detox, rehab or a hospital stay.',
    sources: ['strang-2003', 'merrall-2013'],
    restart: [{ href: '/guides/leaving-jail-detox-or-hospital/', text: 'Starting treatment after detox or the hospital' }],
  },
  {
    id: 'moud',
    label: 'Stopped methadone or buprenorphine',
    hint: 'Count from your last regular dose of methadone or buprenorphine.',
    shading: 'Shaded: the first weeks after stopping methadone or buprenorphine.',
    says: {
      inside: 'This is the time when overdose deaths are highest for people in your situation: the first weeks after stopping.',
      after: 'Overdose deaths are highest in the first weeks after stopping. Your risk is still high now, and your tolerance keeps falling.',
    },
    found: 'Overdose deaths go up in the first weeks after people stop methadone or buprenorphine.',
    sources: ['sordo-2017', 'cousins-2016'],
    restart: [
      { href: '/guides/buprenorphine-restart/', text: 'Going back on buprenorphine' },
      { href: '/guides/methadone-restart/', text: 'Going back to methadone' },
    ],
  },
  {
    id: 'naltrexone',
    label: 'Naltrexone wore off or was stopped',
    hint: 'Count the time on naltrexone (Vivitrol or the pills) too.',
    shading: 'Shaded: after naltrexone wears off or you stop it. Risk goes up then.',
    says: 'Naltrexone blocks opioids while it works. As it wears off, or after you stop it, your body may react to smaller amounts than before. Deadly overdoses have happened at this time.',
    found: 'As naltrexone wears off, or after people stop it, the body may react to smaller amounts than before. Deadly overdoses have happened at this time.',
    sources: ['naltrexone-label', 'gibson-2007'],
    restart: [
      { href: '/guides/naltrexone/', text: 'Naltrexone and Vivitrol: starting again' },
      { href: '/guides/moud-compared/', text: 'How methadone, buprenorphine and naltrexone compare' },
    ],
  },
  {
    id: 'own',
    label: 'Took a break on my own',
    hint: 'Count from the last time you used most days.',
    shading: 'No shading: no study has measured one high-risk time for a break on your own.',
    says: 'No study has measured one high-risk time for a break on your own. Risk is high whenever you use after a break.',
    found: 'No study has measured one high-risk time for a break on your own. Risk is high whenever you use after a break.',
    sources: ['strang-2003'],
    restart: [{ href: '/guides/moud-compared/', text: 'Methadone, buprenorphine or naltrexone: which fits you' }],
  },
];

export const TOLERANCE: Readonly<Record<Stage, string>> = {
  days: 'Even a short break can lower your tolerance. No one can tell how much. The amount you used to take may already be too much for your body.',
  weeks: 'Your tolerance may already be much lower than before. No one can tell how much. The amount you used to take can now stop your breathing.',
  months: 'Your tolerance may be very low by now, and it keeps falling the longer you go without. No one can tell how much. The amount you used to take can now stop your breathing.',
};

/** How far the marked point is below the start of the line, in words, for the chart's text alternative. */
export const HEIGHT: Readonly<Record<Stage, string>> = { days: 'already lower', weeks: 'much lower', months: 'far lower' };

export interface Variant<T> { when: string; value: T }

const STAGES: readonly Stage[] = ['days', 'weeks', 'months'];

/** Every variant of every text that changes with the state. (A function, so that the browser
 * bundle, which never calls it, leaves the texts out.) */
export const variants = () => ({
  label: SITUATIONS.map((s) => ({ when: s.id, value: s.label })),
  hint: SITUATIONS.map((s) => ({ when: s.id, value: s.hint })),
  shading: SITUATIONS.map((s) => ({ when: s.id, value: s.shading })),
  says: SITUATIONS.flatMap((s) =>
    typeof s.says === 'string'
      ? [{ when: s.id, value: s.says }]
      : [{ when: `${s.id} pos-inside`, value: s.says.inside }, { when: `${s.id} pos-after`, value: s.says.after }],
  ),
  restart: SITUATIONS.map((s) => ({ when: s.id, value: s.restart })),
  tolerance: STAGES.map((st) => ({ when: `stage-${st}`, value: TOLERANCE[st] })),
  height: STAGES.map((st) => ({ when: `stage-${st}`, value: HEIGHT[st] })),
}) satisfies Record<string, Variant<unknown>[]>;

/** The one variant that shows for these tokens. */
export function pick<T>(variants: readonly Variant<T>[], tokens: readonly string[]): T {
  const found = variants.filter((v) => matches(v.when, tokens));
  if (found.length !== 1) throw new Error(`${found.length} variants match ${tokens.join(' ')}`);
  return found[0]!.value;
}

export function situation(id: string): Situation {
  return SITUATIONS.find((s) => s.id === id) ?? SITUATIONS[0]!;
}

export interface Message {
  /** e.g. "Left jail or prison: 2 weeks since you last used regularly." */
  summary: string;
  tolerance: string;
  says: string;
  restart: readonly Link[];
}

/** The message for one situation and one point in time, as the page shows it. */
export function message(id: SituationId, stepIndex: number): Message {
  const t = stateTokens(id, stepIndex);
  const VARIANTS = variants();
  return {
    summary: `${pick(VARIANTS.label, t)}: ${STEPS[clampStep(stepIndex)]!.label} since you last used regularly.`,
    tolerance: pick(VARIANTS.tolerance, t),
    says: pick(VARIANTS.says, t),
    restart: pick(VARIANTS.restart, t),
  };
}

/** The chart's text alternative (its accessible name is this, then the shading legend). */
export function chartText(id: SituationId, stepIndex: number): string {
  const t = stateTokens(id, stepIndex);
  const VARIANTS = variants();
  return `${CHART_TEXT[0]}${STEPS[clampStep(stepIndex)]!.label}${CHART_TEXT[1]}${pick(VARIANTS.height, t)}${CHART_TEXT[2]}`;
}

/** The fixed words around the step and the height in the chart's text alternative. */
export const CHART_TEXT = [
  'Illustration, not a measurement. A line shows tolerance falling over time without using: steeply at first, then more slowly. The marked point, at ',
  ', is ',
  ' than at the start of the break.',
] as const;

// ---------------------------------------------------------------------------------------
// Safety steps: the same for every situation and every point on the line

export interface SafetyStep {
  text: string;
  /** A helpline in content/helplines.yaml, rendered by the page after `text`: never a typed number. */
  helpline?: string;
  /** Text after the helpline. */
  after?: string;
}

export const SAFETY_STEPS: readonly SafetyStep[] = [
  { text: 'Carry naloxone (Narcan), and make sure someone near you knows how to use it.' },
  { text: "Don't use alone. If no one can be with you,", helpline: 'never-use-alone', after: 'stays on the line and sends help if you stop responding.' },
  { text: 'Test your supply with fentanyl test strips.' },
  { text: 'Start with much less than you used to, and go slow.' },
  { text: "Don't mix opioids with benzos (like Xanax) or alcohol." },
];

export interface Explanation extends Message {
  chart: ChartState;
  chartText: string;
  hint: string;
  shading: string;
  valueText: string;
  safety: readonly SafetyStep[];
}

/** Everything the explainer shows for one situation and one point in time. */
export function explain(id: SituationId, stepIndex: number): Explanation {
  const t = stateTokens(id, stepIndex);
  const VARIANTS = variants();
  return {
    ...message(id, stepIndex),
    chart: chartState(id, stepIndex),
    chartText: chartText(id, stepIndex),
    hint: pick(VARIANTS.hint, t),
    shading: pick(VARIANTS.shading, t),
    valueText: STEPS[clampStep(stepIndex)]!.label,
    safety: SAFETY_STEPS,
  };
}

/** Tolerance's path on the chart, across the whole time axis (server only). */
export function curvePath(): string {
  const pts: string[] = [];
  // Even steps in x, so the line is smooth on the stretched time axis.
  for (let k = 0; k <= 60; k++) {
    const x = CHART.left + ((CHART.right - CHART.left) * k) / 60;
    pts.push(`${x.toFixed(1)} ${yOf(curve(daysOfX(x))).toFixed(1)}`);
  }
  return `M${pts.join('L')}`;
}
