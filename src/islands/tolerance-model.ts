// The tolerance explainer's model: pure data and functions, used by the server render
// (ToleranceExplainer.astro), the browser upgrade (tolerance-upgrade.ts) and the tests.
//
// Safety rules (content-style.md, facts.md "Claims to handle carefully"): no dose, no
// percentage, never the word "safe" about using, and never a time in which tolerance is lost.
// No one can measure how fast tolerance falls, so the picture draws none: it shows an
// uncertainty band ("your tolerance could be anywhere in here") that spans from the old level
// down to near zero at every point after the last regular use. Its only time facts are the
// measured risk windows (facts.md section 1), shaded on a time line that has no scale, no
// ticks and no numbers beside the tolerance axis. The reader picks a situation; there is no
// time control, so no state pairs a time with a tolerance.
// tolerance-model.test.ts walks every state and checks every text and every shape.
//
// How the texts reach the page: the server renders every variant of each text (and each
// situation's marks on the picture) once, each marked with the state it belongs to
// (data-when="moud"), and hides all but the current one. The upgrade only works out the
// state's tokens and shows the variants that match, so the browser never downloads the prose
// twice. The browser code uses only stateTokens() and matches(); everything else stays on the
// server.

export type SituationId = 'prison' | 'treatment' | 'moud' | 'naltrexone' | 'own';

export const DEFAULT_SITUATION: SituationId = 'prison';

/** A state's tokens: its situation. (The picture has no other control.) */
export function stateTokens(id: string): string[] {
  return [id];
}

/** A variant shows when every token of its `when` is one of the state's tokens. */
export function matches(when: string, tokens: readonly string[]): boolean {
  return when.split(' ').every((t) => tokens.includes(t));
}

// ---------------------------------------------------------------------------------------
// The measured risk windows: the picture's only time facts

/**
 * A measured high-risk window (facts.md section 1), from the event that starts it:
 * - prison: the first 2 weeks after release (Binswanger 2007; Merrall 2010).
 * - treatment: the 28 days after leaving a hospital (Merrall 2013; White 2015). For detox,
 *   Strang 2003 found overdose deaths in the months after leaving, but no window in weeks.
 * - moud: the first 4 weeks after leaving methadone or buprenorphine (Sordo 2017; Cousins
 *   2016: weeks 1–2 and 3–4).
 * - naltrexone: from when it wears off, with no measured end (naltrexone label; Gibson 2007).
 * - own: none has been measured.
 */
export type RiskWindow = { weeks: number } | { weeks: 'open' } | null;

export const WINDOWS: Readonly<Record<SituationId, RiskWindow>> = {
  prison: { weeks: 2 },
  treatment: { weeks: 4 },
  moud: { weeks: 4 },
  naltrexone: { weeks: 'open' },
  own: null,
};

// ---------------------------------------------------------------------------------------
// The picture's geometry, in an SVG viewBox of CHART.width × CHART.height

/**
 * The plot: tolerance goes up (CHART.top is the old level, CHART.bottom is none) and time goes
 * right, with no scale. The time line shows events (the last regular use; getting out,
 * leaving, naltrexone wearing off), and the risk windows measured from them.
 */
export const CHART = { width: 300, height: 166, left: 28, right: 292, top: 40, bottom: 128 } as const;

/** Where the last regular use is on the time line. Before it, tolerance is the old level. */
export const LAST_USE_X = 52;
/** Where the event that starts a window (getting out, leaving, naltrexone wearing off) is. */
export const EVENT_X = 170;
/** A risk window's width per week. Only the windows use it: nothing else on the time line has a length. */
export const WEEK = 20;
/** The band's lower edge: near zero, just above the axis. */
export const NEAR_ZERO_Y = CHART.bottom - 3;
/** The rows of labels under the time axis: events, then windows. */
export const ROWS = { events: CHART.bottom + 14, windows: CHART.bottom + 29 } as const;

/**
 * The uncertainty band, a polygon: from the last regular use onwards, it spans everything from
 * the old level down to near zero, at every point in time, so no level can be read off it.
 */
export const BAND: readonly (readonly [number, number])[] = [
  [LAST_USE_X, CHART.top],
  [CHART.right, CHART.top],
  [CHART.right, NEAR_ZERO_Y],
  [LAST_USE_X, NEAR_ZERO_Y],
];

export const bandPoints = (): string => BAND.map((p) => p.join(',')).join(' ');

/** Before the break, tolerance is the old level: a line from the axis to the last use. */
export const BEFORE = { x1: CHART.left, x2: LAST_USE_X, y: CHART.top } as const;

export interface Mark { x: number; label: string }

export interface Picture {
  /** The label under the last regular use ("Last use"). */
  lastUse: string;
  /** The event that starts the window, with a line across the band, or null. */
  event: Mark | null;
  /** The shaded window: from x, `width` wide (to the plot's edge when open), labelled under the axis. */
  window: { x: number; width: number; label: string } | null;
  /** Where the band's words are centred: in the part of the band the window leaves clear. */
  bandLabelX: number;
}

/** Words inside the band, one line each. */
export const BAND_LABEL = ['Your tolerance', 'could be', 'anywhere', 'in here'] as const;

/** Fixed words on the picture. */
export const CHART_LABELS = {
  note: 'Illustration, not a measurement',
  before: 'Your old tolerance',
  yAxis: 'Tolerance',
  time: 'Time →',
} as const;

function windowShape(id: SituationId, label: string): Picture['window'] {
  const w = WINDOWS[id];
  if (!w) return null;
  const x = id === 'moud' ? LAST_USE_X : EVENT_X;
  return { x, width: w.weeks === 'open' ? CHART.right - x : w.weeks * WEEK, label };
}

const mid = (a: number, b: number) => Math.round((a + b) / 2);

/** What the picture shows for a situation: where its marks go, and their words. */
export function picture(id: SituationId): Picture {
  const s = situation(id);
  const window = windowShape(id, s.marks.window ?? '');
  const clearFrom = window && window.x === LAST_USE_X ? window.x + window.width : LAST_USE_X;
  const clearTo = window && window.x > LAST_USE_X ? window.x : CHART.right;
  return {
    lastUse: s.marks.lastUse,
    event: s.marks.event ? { x: EVENT_X, label: s.marks.event } : null,
    window,
    bandLabelX: mid(clearFrom, clearTo),
  };
}

// ---------------------------------------------------------------------------------------
// The words (server only)

export interface Link { href: string; text: string }

export interface Situation {
  id: SituationId;
  /** The radio button's label. */
  label: string;
  /** Words on the picture: under the last use, under the event, under the window. */
  marks: { lastUse: string; event?: string; window?: string };
  /** The picture's marks in words, for its text alternative. */
  described: string;
  /** What the shading shows, or why there is none: the picture's legend. */
  shading: string;
  /** The risk for this situation, for the message. */
  says: string;
  /** What the research found, for "What each situation means". */
  found: string;
  /** The sources behind `shading`, `says` and `found`: keys in content/sources.yaml. */
  sources: readonly string[];
  /** Restarting treatment (MOUD) for this situation. */
  restart: readonly Link[];
}

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'prison',
    label: 'Left jail or prison',
    marks: { lastUse: 'Last use', event: 'You get out', window: 'First 2 weeks out' },
    described: 'A line marks when you get out. A shaded strip covers the first 2 weeks after that.',
    shading: 'Shaded: the first 2 weeks after release. Studies found that overdose deaths were highest then.',
    says: 'If you got out in the last 2 weeks, you are in the time when overdose deaths were highest in studies. After that, the risk is still higher than usual.',
    found: 'For people leaving prison, overdose deaths were highest in the first 2 weeks out. They stayed higher than usual in the weeks after that.',
    sources: ['binswanger-2007', 'merrall-2010'],
    restart: [{ href: '/guides/leaving-jail-detox-or-hospital/', text: 'Getting treatment in the first weeks out' }],
  },
  {
    id: 'treatment',
    label: 'Left detox, rehab or a hospital stay',
    marks: { lastUse: 'Last use', event: 'You leave', window: 'First 4 weeks out' },
    described: 'A line marks when you leave. A shaded strip covers the first 4 weeks after that.',
    shading: 'Shaded: the first 4 weeks after a hospital stay. One study found many more drug deaths then.',
    says: 'If you left a hospital in the last 4 weeks, you are in a time when one study found many more drug deaths. People have also died of overdose in the months after leaving detox.',
    found: 'In Scotland, people in drug treatment had many more drug deaths in the 4 weeks after leaving a hospital than people who were not admitted. In a small study of inpatient detox, 3 people died of overdose within 4 months of leaving. Most of them had finished detox.',
    sources: ['merrall-2013', 'white-2015', 'strang-2003'],
    restart: [{ href: '/guides/leaving-jail-detox-or-hospital/', text: 'Starting treatment after detox or the hospital' }],
  },
  {
    id: 'moud',
    label: 'Stopped methadone or buprenorphine',
    marks: { lastUse: 'Last dose', window: 'First 4 weeks' },
    described: 'A shaded strip covers the first 4 weeks after your last dose.',
    shading: 'Shaded: the first 4 weeks after stopping. Studies found many more deaths then than in treatment.',
    says: 'If you stopped in the last 4 weeks, you are in a time when studies found many more deaths. After that, the risk is still higher than in treatment.',
    found: 'Deaths go up in the first weeks after people stop methadone or buprenorphine. Out of treatment, they stay higher than in treatment.',
    sources: ['sordo-2017', 'cousins-2016'],
    restart: [
      { href: '/guides/buprenorphine-restart/', text: 'Going back on buprenorphine' },
      { href: '/guides/methadone-restart/', text: 'Going back to methadone' },
    ],
  },
  {
    id: 'naltrexone',
    label: 'Naltrexone wore off or was stopped',
    marks: { lastUse: 'Last use', event: 'Naltrexone wears off', window: 'After it wears off' },
    described: 'A line marks when naltrexone wears off. A shaded strip starts there and has no end.',
    shading: 'Shaded: after naltrexone wears off or you stop it. Deadly overdoses have happened then. No end to this time has been measured.',
    says: 'Naltrexone blocks opioids while it works. As it wears off, or after you stop it, your body may react to smaller amounts than before. Deadly overdoses have happened at this time.',
    found: 'As naltrexone wears off, or after people stop it, the body may react to smaller amounts than before. Deadly overdoses have happened at this time. In Australia, death records showed a high death rate after people stopped naltrexone pills.',
    sources: ['naltrexone-label', 'gibson-2007'],
    restart: [
      { href: '/guides/naltrexone/', text: 'Naltrexone and Vivitrol: starting again' },
      { href: '/guides/moud-compared/', text: 'How methadone, buprenorphine and naltrexone compare' },
    ],
  },
  {
    id: 'own',
    label: 'Took a break on my own',
    marks: { lastUse: 'Last use' },
    described: 'Nothing is shaded.',
    shading: 'No shading: no study has measured one high-risk time for a break on your own.',
    says: 'No study has measured one high-risk time for a break on your own. Even a short break can lower your tolerance, so plan as if it is gone whenever you use.',
    found: "No study has measured one high-risk time for a break on your own. Australia's methadone guidelines treat even a short break as a reason to lower the dose, because tolerance may have dropped.",
    sources: ['australia-mat-2014'],
    restart: [{ href: '/guides/moud-compared/', text: 'Methadone, buprenorphine or naltrexone: which fits you' }],
  },
];

/** Every state the explainer can be in: one per situation, in order. (A literal, not
 * SITUATIONS.map(), so that the browser bundle can leave the texts out: a test checks they match.) */
export const STATES: readonly SituationId[] = ['prison', 'treatment', 'moud', 'naltrexone', 'own'];

export function situation(id: string): Situation {
  return SITUATIONS.find((s) => s.id === id) ?? SITUATIONS[0]!;
}

/** What the band means: the same in every state. */
export const TOLERANCE = 'No one can tell how low your tolerance is now. It could be anywhere from where it was down to near zero. Plan as if it is gone: the amount you used to take can now stop your breathing.';

/** The legend beside the band's swatch. */
export const BAND_LEGEND = 'Your tolerance could be anywhere in here: plan as if it is gone.';

/** The picture's text alternative, before the situation's marks (its accessible name is this,
 * then the marks, then the shading legend). */
export const CHART_TEXT = 'Illustration, not a measurement. Time goes to the right, with no scale. Before your last regular use, a line shows your old tolerance. From your last use on, a band fills all the space from your old tolerance down to near zero. Your tolerance could be anywhere in the band: plan as if it is gone. ';

/** The words in "What each situation means", before the situations. */
export const DETAILS_INTRO = 'Whatever happened, no one can tell how low your tolerance is after a break. The amount you used to take can now stop your breathing. The shaded strips show when studies found more deaths.';

export interface Variant<T> { when: string; value: T }

/** Every variant of every text that changes with the state. (A function, so that the browser
 * bundle, which never calls it, leaves the texts out.) */
export const variants = () => ({
  label: SITUATIONS.map((s) => ({ when: s.id, value: s.label })),
  described: SITUATIONS.map((s) => ({ when: s.id, value: s.described })),
  shading: SITUATIONS.map((s) => ({ when: s.id, value: s.shading })),
  says: SITUATIONS.map((s) => ({ when: s.id, value: s.says })),
  restart: SITUATIONS.map((s) => ({ when: s.id, value: s.restart })),
  picture: SITUATIONS.map((s) => ({ when: s.id, value: picture(s.id) })),
}) satisfies Record<string, Variant<unknown>[]>;

/** The one variant that shows for these tokens. */
export function pick<T>(list: readonly Variant<T>[], tokens: readonly string[]): T {
  const found = list.filter((v) => matches(v.when, tokens));
  if (found.length !== 1) throw new Error(`${found.length} variants match ${tokens.join(' ')}`);
  return found[0]!.value;
}

export interface Message {
  /** The situation, e.g. "Left jail or prison". */
  summary: string;
  tolerance: string;
  says: string;
  restart: readonly Link[];
}

/** The message for one situation, as the page shows it. */
export function message(id: SituationId): Message {
  const t = stateTokens(id);
  const V = variants();
  return { summary: pick(V.label, t), tolerance: TOLERANCE, says: pick(V.says, t), restart: pick(V.restart, t) };
}

/** The picture's accessible name: the fixed words, the situation's marks, the shading legend. */
export function chartText(id: SituationId): string {
  const t = stateTokens(id);
  const V = variants();
  return `${CHART_TEXT}${pick(V.described, t)} ${pick(V.shading, t)}`;
}

// ---------------------------------------------------------------------------------------
// Safety steps: the same for every situation

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
  picture: Picture;
  chartText: string;
  shading: string;
  bandLabel: readonly string[];
  bandLegend: string;
  chartLabels: typeof CHART_LABELS;
  safety: readonly SafetyStep[];
}

/** Everything the explainer shows for one situation. */
export function explain(id: SituationId): Explanation {
  const t = stateTokens(id);
  const V = variants();
  return {
    ...message(id),
    picture: pick(V.picture, t),
    chartText: chartText(id),
    shading: pick(V.shading, t),
    bandLabel: BAND_LABEL,
    bandLegend: BAND_LEGEND,
    chartLabels: CHART_LABELS,
    safety: SAFETY_STEPS,
  };
}
