// Makes the server-rendered tolerance explainer follow its controls. The <tolerance-explainer>
// element (ToleranceExplainer.astro) loads this only when the explainer nears the viewport.
// Every text is already in the page, one variant per state (data-when): this shows the
// variants that match the state, writes the time in words, and moves the chart's point and
// shaded window. It imports only the model's small, text-free part.
import { CHART, STEPS, chartState, clampStep, matches, stateTokens } from './tolerance-model';

export function upgrade(root: HTMLElement): void {
  const range = root.querySelector<HTMLInputElement>('input[type=range]')!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const variants = [...root.querySelectorAll<HTMLElement>('[data-when]')];
  const steps = root.querySelectorAll('[data-step]');
  const [point, drop, now, band] = ['point', 'drop', 'now', 'band'].map((n) => root.querySelector(`[data-${n}]`)!);
  let shown = root.dataset.state;

  const set = (el: Element, attrs: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  };

  const render = () => {
    const id = radios.find((r) => r.checked)?.value ?? shown!.split(':')[0]!;
    const i = clampStep(range.valueAsNumber);
    const state = `${id}:${i}`;
    if (state === shown) return;
    shown = root.dataset.state = state;

    const tokens = stateTokens(id, i);
    for (const el of variants) el.hidden = !matches(el.dataset.when!, tokens);
    const label = STEPS[i]!.label;
    for (const el of steps) el.textContent = label;
    range.setAttribute('aria-valuetext', label);

    const c = chartState(id, i);
    set(point!, { cx: c.x, cy: c.y });
    set(drop!, { x: c.x - 0.5, y: c.y, height: CHART.bottom - c.y });
    set(now!, { x: c.x, y: c.y - 12 });
    set(band!, c.band ? { x: c.band.x, width: c.band.width, visibility: 'visible' } : { visibility: 'hidden' });
  };

  root.addEventListener('input', render);
  root.addEventListener('change', render);
  // The browser may have restored the controls (Back, or a reload): show what they say.
  render();
  root.dataset.upgraded = '';
}
