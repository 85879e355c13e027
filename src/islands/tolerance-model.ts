// The tolerance explainer's model: pure data and functions, used by the server render
// (ToleranceExplainer.astro) and the tests. The browser upgrade (tolerance-upgrade.ts) loads
// only its word-free part, tolerance-state.ts, which this re-exports.
//
// Safety rules (content-style.md, facts.md "Claims to handle carefully"): no dose, no
// percentage, never the word "safe" about using, and never a time in which tolerance is lost.
// No one can measure how fast tolerance falls, so the picture draws none: it shows an
// uncertainty band ("your tolerance could be anywhere in here") that spans from the old level
// down to near zero at every point after the last regular use. Its only time facts are the
// measured risk windows (facts.md section 1), shaded on a time line that has no scale, no
// ticks and no numbers beside the tolerance axis. The reader picks a situation; there is no
// time control, so no state pairs a time with a tolerance.
// tolerance-model.test.ts walks every state, in every language, and checks every text and
// every shape.
//
// How the texts reach the page: the server renders every variant of each text (and each
// situation's marks on the picture) once, each marked with the state it belongs to
// (data-when="moud"), and hides all but the current one. The upgrade only works out the
// state's tokens and shows the variants that match, so the browser never downloads the prose
// twice. The browser code uses only stateTokens() and matches(), from tolerance-state.ts;
// everything else stays on the server.
//
// Languages: the words live in tolerance-text.ts, one table per language. Every function that
// builds text takes the page's language (langFromPath in the component), 'en' by default, and
// the English constants below (SITUATIONS, TOLERANCE, BAND_LEGEND…) are the English table.
import type { Lang } from '../i18n/lang';
import { TEXTS, type Link, type SafetyStep, type SituationText, type ToleranceText } from './tolerance-text';
import { matches, stateTokens, type SituationId } from './tolerance-state';

export { matches, stateTokens, TEXTS };
export type { Lang, Link, SafetyStep, SituationId, SituationText, ToleranceText };

export const DEFAULT_SITUATION: SituationId = 'prison';

/** Every state the explainer can be in: one per situation, in order. */
export const STATES: readonly SituationId[] = ['prison', 'treatment', 'moud', 'naltrexone', 'own'];

/** The words for a language. */
export function text(lang: Lang = 'en'): ToleranceText {
  return TEXTS[lang];
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

function windowShape(id: SituationId, label: string): Picture['window'] {
  const w = WINDOWS[id];
  if (!w) return null;
  const x = id === 'moud' ? LAST_USE_X : EVENT_X;
  return { x, width: w.weeks === 'open' ? CHART.right - x : w.weeks * WEEK, label };
}

const mid = (a: number, b: number) => Math.round((a + b) / 2);

/** What the picture shows for a situation: where its marks go, and their words. */
export function picture(id: SituationId, lang: Lang = 'en'): Picture {
  const s = situation(id, lang);
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

export interface Situation extends SituationText {
  id: SituationId;
  /** The sources behind `shading`, `says` and `found`: keys in content/sources.yaml. */
  sources: readonly string[];
}

/** The sources behind each situation: the same in every language. */
export const SOURCES: Readonly<Record<SituationId, readonly string[]>> = {
  prison: ['binswanger-2007', 'merrall-2010'],
  treatment: ['merrall-2013', 'white-2015', 'strang-2003'],
  moud: ['sordo-2017', 'cousins-2016'],
  naltrexone: ['naltrexone-label', 'gibson-2007'],
  own: ['australia-mat-2014'],
};

const built = new Map<Lang, readonly Situation[]>();

/** The situations in a language, in order (built once per language). */
export function situations(lang: Lang = 'en'): readonly Situation[] {
  let list = built.get(lang);
  if (!list) {
    list = STATES.map((id) => ({ id, ...TEXTS[lang].situations[id], sources: SOURCES[id] }));
    built.set(lang, list);
  }
  return list;
}

export function situation(id: string, lang: Lang = 'en'): Situation {
  const list = situations(lang);
  return list.find((s) => s.id === id) ?? list[0]!;
}

export interface Variant<T> { when: string; value: T }

/** Every variant of every text that changes with the state, in a language. */
export const variants = (lang: Lang = 'en') => {
  const list = situations(lang);
  return {
    label: list.map((s) => ({ when: s.id, value: s.label })),
    described: list.map((s) => ({ when: s.id, value: s.described })),
    shading: list.map((s) => ({ when: s.id, value: s.shading })),
    says: list.map((s) => ({ when: s.id, value: s.says })),
    restart: list.map((s) => ({ when: s.id, value: s.restart })),
    picture: list.map((s) => ({ when: s.id, value: picture(s.id, lang) })),
  } satisfies Record<string, Variant<unknown>[]>;
};

/** The one variant that shows for these tokens. */
export function pick<T>(list: readonly Variant<T>[], tokens: readonly string[]): T {
  const found = list.filter((v) => matches(v.when, tokens));
  if (found.length !== 1) throw new Error(`${found.length} variants match ${tokens.join(' ')}`);
  return found[0]!.value;
}
