// Loaded on the first tap of "Listen" (see ListenButton.astro): reads the article's headings and paragraphs in order,
// one utterance per block, highlighting the block being read. Pause, resume and stop; stops
// when the reader leaves the page or uses the quick exit.
import { listenWords } from './listen-words';
import { BLOCK_SELECTOR, SKIP_SELECTOR, pickVoice, speakable } from './speech';

/** The parts of an article that are read: title, summary, labels, In short, the body. */
const PARTS = 'article h1, [data-summary], article > [data-overdose-steps], [data-story-labels], [data-in-short], [data-article-body]';

function visible(el: Element): boolean {
  return !el.closest(SKIP_SELECTOR) && el.getClientRects().length > 0;
}

/** The blocks to read, in page order, each with the text to speak. */
export function readableBlocks(doc: Document = document): { el: HTMLElement; text: string }[] {
  const out: { el: HTMLElement; text: string }[] = [];
  for (const part of doc.querySelectorAll<HTMLElement>(PARTS)) {
    const blocks = part.matches(BLOCK_SELECTOR) ? [part] : [...part.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)];
    for (const el of blocks) {
      // A block holding other blocks (a list item with a paragraph) is read through them.
      if (el.querySelector(BLOCK_SELECTOR) || !visible(el)) continue;
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('sup, .sr-only, [aria-hidden="true"]').forEach((n) => n.remove());
      const text = speakable(copy.textContent ?? '');
      if (text) out.push({ el, text });
    }
  }
  return out;
}

function waitForVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    window.setTimeout(done, 1500);
  });
}

export function attachReader(host: HTMLElement): void {
  const synth = window.speechSynthesis;
  const toggle = host.querySelector<HTMLButtonElement>('[data-listen-toggle]')!;
  const label = host.querySelector<HTMLElement>('[data-listen-label]')!;
  const stopButton = host.querySelector<HTMLButtonElement>('[data-listen-stop]')!;
  const status = host.querySelector<HTMLElement>('[data-listen-status]')!;
  const lang = document.documentElement.lang || 'en';
  // The words for each state in the page's language (loaded with the reader, on the first tap).
  const words = listenWords(lang);
  let blocks: ReturnType<typeof readableBlocks> = [];
  let index = 0;
  let state: 'idle' | 'playing' | 'paused' = 'idle';
  let voice: SpeechSynthesisVoice | null = null;
  let current: SpeechSynthesisUtterance | null = null;

  const set = (next: typeof state, message: string) => {
    state = next;
    label.textContent = next === 'playing' ? words.pause : next === 'paused' ? words.resume : words.listen;
    toggle.setAttribute('aria-pressed', String(next === 'playing'));
    stopButton.hidden = next === 'idle';
    host.dataset.state = next;
    status.textContent = message;
  };
  const unmark = () => document.querySelectorAll('.listen-reading').forEach((n) => n.classList.remove('listen-reading'));
  const speakNext = () => {
    unmark();
    const block = blocks[index];
    if (!block) return stop(words.finished);
    block.el.classList.add('listen-reading');
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    block.el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    const u = new SpeechSynthesisUtterance(block.text);
    u.lang = lang;
    if (voice) u.voice = voice;
    u.onend = () => {
      if (current !== u || state === 'idle') return;
      index++;
      speakNext();
    };
    current = u;
    synth.speak(u);
  };
  function stop(message = words.stopped) {
    current = null;
    synth.cancel();
    unmark();
    index = 0;
    set('idle', message);
  }
  const start = async () => {
    voice = pickVoice(await waitForVoices(synth), lang);
    if (!voice) {
      set('idle', '');
      status.textContent = words.noVoice;
      label.textContent = words.noVoiceLabel;
      toggle.disabled = true;
      return;
    }
    blocks = readableBlocks();
    index = 0;
    synth.cancel();
    set('playing', words.reading);
    speakNext();
  };

  toggle.addEventListener('click', () => {
    if (state === 'idle') void start();
    else if (state === 'playing') {
      synth.pause();
      set('paused', words.paused);
    } else {
      synth.resume();
      set('playing', words.reading);
    }
  });
  stopButton.addEventListener('click', () => stop());
  // Leaving the page, or the quick exit (which hides the page first), stops the voice at once.
  // Locking the screen does not: listening with the screen off is how some people read.
  window.addEventListener('pagehide', () => stop());
  new MutationObserver(() => {
    if (document.documentElement.style.display === 'none') stop();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
  void start();
}

const host = document.querySelector<HTMLElement>('listen-aloud');
if (host) attachReader(host);
