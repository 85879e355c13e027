// The search page's browser app: reads the box, runs the search, shows results, "Did you
// mean", paging and arrow-key movement. Its words come from the page (data-words), so each
// language's search page uses its own dictionary.
import { runSearch, type Hit } from './engine';
import { excerptParts } from './excerpt';
import { fill } from '../i18n/fill';

interface Words { noMatch: string; results: string; oneResult: string; didYouMean: string; goTo: string; searchHref: string; vocabulary: string }

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '') => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
};

export function attachSearch(host: HTMLElement): void {
  new SearchApp(host).start();
}

class SearchApp {
  private seq = 0;
  private timer = 0;
  private words: Words;
  private lang: string;

  constructor(private host: HTMLElement) {
    this.words = JSON.parse(host.dataset.words ?? '{}') as Words;
    this.lang = host.dataset.lang ?? 'en';
  }

  private querySelector<T extends Element = HTMLElement>(sel: string): T | null {
    return this.host.querySelector<T>(sel);
  }

  private querySelectorAll<T extends Element = HTMLElement>(sel: string): NodeListOf<T> {
    return this.host.querySelectorAll<T>(sel);
  }

  start() {
    const input = this.querySelector<HTMLInputElement>('[data-search-input]')!;
    const form = this.querySelector<HTMLFormElement>('[data-search-form]')!;
    const filters = this.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
    filters.classList.remove('hidden');
    this.querySelector<HTMLElement>('[data-needs-js]')!.hidden = true;
    const q = new URL(location.href).searchParams.get('q') ?? '';
    input.value = q;
    const type = () => (this.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value ?? '');
    const go = () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.search(input.value, type()), 20);
    };
    input.addEventListener('input', go);
    filters.addEventListener('change', go);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(input.value, type());
    });
    // Arrow keys move from the field into the results and between them.
    this.host.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
      const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-search-results] a[data-result]')];
      if (links.length === 0) return;
      const at = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (document.activeElement === input && e.key === 'ArrowDown') links[0]!.focus();
      else if (at >= 0) {
        const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
        if (next < 0) input.focus();
        else links[Math.min(next, links.length - 1)]!.focus();
      } else return;
      e.preventDefault();
    });
    if (q.trim()) void this.search(q, '');
    else input.focus();
  }

  async search(query: string, type: string) {
    const mine = ++this.seq;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const count = this.querySelector<HTMLElement>('[data-search-count]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const empty = this.querySelector<HTMLElement>('[data-search-empty]')!;
    const suggestion = this.querySelector<HTMLElement>('[data-search-suggestion]')!;
    if (!query.trim()) {
      list.replaceChildren();
      count.hidden = true;
      empty.hidden = true;
      suggestion.hidden = true;
      status.textContent = '';
      return;
    }
    const outcome = await runSearch(query, type, { vocabulary: this.words.vocabulary, lang: this.lang });
    if (mine !== this.seq) return; // a newer search has started
    list.replaceChildren(...outcome.hits.map((hit) => this.renderHit(hit)));
    const moreButton = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    let shown = outcome.hits.length;
    moreButton.hidden = outcome.total <= shown;
    moreButton.onclick = async () => {
      const next = await outcome.more();
      if (mine !== this.seq) return;
      const items = next.map((hit) => this.renderHit(hit));
      list.append(...items);
      shown += next.length;
      moreButton.hidden = outcome.total <= shown;
      items[0]?.querySelector('a')?.focus();
    };
    const n = outcome.total;
    const summary = fill(n === 0 ? this.words.noMatch : n === 1 ? this.words.oneResult : this.words.results, { n, query });
    count.textContent = summary;
    count.hidden = false;
    status.textContent = summary + (outcome.suggestion ? ` ${fill(this.words.didYouMean, { word: outcome.suggestion })}` : '');
    empty.hidden = n > 0;
    suggestion.hidden = !outcome.suggestion;
    if (outcome.suggestion) {
      const link = el('a', '', outcome.suggestion);
      link.href = `${this.words.searchHref}?q=${encodeURIComponent(outcome.suggestion)}`;
      link.addEventListener('click', (e) => {
        e.preventDefault();
        const input = this.querySelector<HTMLInputElement>('[data-search-input]')!;
        input.value = outcome.suggestion!;
        void this.search(outcome.suggestion!, type);
        input.focus();
      });
      const [before, after] = this.words.didYouMean.split('{word}') as [string, string];
      suggestion.replaceChildren(before, link, after);
    }
    this.host.dataset.ready = 'true';
  }

  renderHit(hit: Hit): HTMLLIElement {
    const li = el('li', 'card mb-3');
    li.append(el('span', 'label', hit.type));
    const h = el('h2', 'mt-1 mb-1 text-lg');
    const a = el('a', '', hit.title);
    a.href = hit.url;
    a.dataset.result = '';
    h.append(a);
    li.append(h);
    if (hit.summary) li.append(el('p', 'm-0', hit.summary));
    if (hit.excerpt) {
      const p = el('p', 'meta mt-1 mb-0');
      for (const part of excerptParts(hit.excerpt)) p.append(part.marked ? el('mark', '', part.text) : document.createTextNode(part.text));
      li.append(p);
    }
    if (hit.section) {
      const p = el('p', 'mt-1 mb-0 text-base');
      const jump = el('a', '', `${this.words.goTo} ${hit.section.title}`);
      jump.href = hit.section.url;
      p.append(jump);
      li.append(p);
    }
    return li;
  }
}
