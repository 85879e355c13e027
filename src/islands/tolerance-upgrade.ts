// Makes the server-rendered tolerance explainer follow its controls. The <tolerance-explainer>
// element (ToleranceExplainer.astro) loads this only when the explainer nears the viewport.
// Every text, and each situation's marks on the picture, is already in the page, one variant
// per state (data-when): this only shows the variants that match the chosen situation. Nothing
// moves. It holds no words, so it is the same for every language: the server renders the
// page's language. It imports only the model's word-free part (tolerance-state.ts).
import { matches, stateTokens } from './tolerance-state';

export function upgrade(root: HTMLElement): void {
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const variants = [...root.querySelectorAll<HTMLElement | SVGElement>('[data-when]')];
  let shown = root.dataset.state;

  const render = () => {
    const id = radios.find((r) => r.checked)?.value ?? shown!;
    if (id === shown) return;
    shown = root.dataset.state = id;
    const tokens = stateTokens(id);
    for (const el of variants) {
      const on = matches(el.dataset.when!, tokens);
      // HTML hides with `hidden`; SVG, which has no `hidden`, with its `display` attribute.
      if (el instanceof HTMLElement) el.hidden = !on;
      else if (on) el.removeAttribute('display');
      else el.setAttribute('display', 'none');
    }
  };

  root.addEventListener('change', render);
  // The browser may have restored the controls (Back, or a reload): show what they say.
  render();
  root.dataset.upgraded = '';
}
