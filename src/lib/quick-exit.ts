// "Exit this page": pressing Shift three times within a short window leaves the site
// (after the GOV.UK pattern). Pure timing logic, with the DOM wiring kept minimal.
export const PRESSES = 3;
export const WINDOW_MS = 5000;

export function shiftCounter(now: () => number = Date.now) {
  let times: number[] = [];
  return {
    /** Record a Shift press; true when this press completes the sequence. */
    press(): boolean {
      const t = now();
      times = [...times.filter((x) => t - x < WINDOW_MS), t];
      if (times.length >= PRESSES) {
        times = [];
        return true;
      }
      return false;
    },
    reset() {
      times = [];
    },
  };
}

export function watchShift(target: Pick<Document, 'addEventListener'>, onExit: () => void): void {
  const counter = shiftCounter();
  target.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.key === 'Shift' && !e.repeat) {
      if (counter.press()) onExit();
    } else if (e.key !== 'Shift') {
      counter.reset();
    }
  });
}

/**
 * Links within the page (the contents list, citation markers, "Back to text") move without
 * adding history entries: "Exit this page" replaces only the current entry, so after it Back
 * must not walk back through this page's jumps. The jump itself is the browser's own.
 */
export function keepJumpsOutOfHistory(doc: Document, go: (hash: string) => void = (hash) => window.location.replace(hash)): void {
  doc.addEventListener('click', (event) => {
    const e = event as MouseEvent;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = (e.target as Element | null)?.closest?.('a[href^="#"]');
    const hash = link?.getAttribute('href');
    if (!hash || hash === '#') return;
    e.preventDefault();
    go(hash);
  });
}
