import { describe, expect, it } from 'vitest';
import { pagePath, pageTitle, savedPages } from './saved-pages';

const origin = 'https://example.org';

describe('saved pages', () => {
  const en = ['/guides/', '/warning-signs/', '/stories/', '/tools/'];
  const es = ['/es/guias/', '/es/senales-de-alerta/', '/es/historias/', '/es/herramientas/'];
  it('turns cached URLs into page paths, and skips what is not an article', () => {
    expect(pagePath(`${origin}/guides/naloxone/index.html?__WB_REVISION__=abc`, origin, en)).toBe('/guides/naloxone/');
    expect(pagePath(`${origin}/stories/clinic-too-far/`, origin, en)).toBe('/stories/clinic-too-far/');
    expect(pagePath(`${origin}/pagefind/fragment/en_1.pf_fragment`, origin, en)).toBeNull();
    expect(pagePath(`${origin}/guides/`, origin, en)).toBeNull();
    expect(pagePath(`${origin}/guides/a/b/`, origin, en)).toBeNull();
    expect(pagePath('https://elsewhere.org/guides/naloxone/', origin, en)).toBeNull();
  });
  it("keeps each language's pages on its own list", () => {
    expect(pagePath(`${origin}/es/guias/naloxona/index.html?__WB_REVISION__=1`, origin, es)).toBe('/es/guias/naloxona/');
    expect(pagePath(`${origin}/es/herramientas/tolerancia/`, origin, es)).toBe('/es/herramientas/tolerancia/');
    expect(pagePath(`${origin}/guides/naloxone/`, origin, es)).toBeNull();
    expect(pagePath(`${origin}/es/guias/naloxona/`, origin, en)).toBeNull();
  });
  it('reads the title without the site name', () => {
    expect(pageTitle('<title>How do I spot an overdose? | After a Break</title>', '/x/')).toBe('How do I spot an overdose?');
    expect(pageTitle('<p>no title</p>', '/x/')).toBe('/x/');
  });
  it('lists each saved page once, by title, across caches', async () => {
    const page = (t: string) => ({ text: async () => `<title>${t} | After a Break</title>` });
    const caches: Record<string, Record<string, { text(): Promise<string> }>> = {
      'workbox-precache': { [`${origin}/guides/naloxone/index.html?__WB_REVISION__=1`]: page('Naloxone'), [`${origin}/help/index.html`]: page('Help') },
      pages: { [`${origin}/stories/clinic-too-far/`]: page('A clinic too far'), [`${origin}/guides/naloxone/`]: page('Naloxone again') },
    };
    const storage = {
      keys: async () => Object.keys(caches),
      open: async (name: string) => ({
        keys: async () => Object.keys(caches[name]!).map((url) => ({ url })),
        match: async (req: { url: string }) => caches[name]![req.url],
      }),
    };
    expect(await savedPages(storage, origin, en)).toEqual([
      { path: '/stories/clinic-too-far/', title: 'A clinic too far' },
      { path: '/guides/naloxone/', title: 'Naloxone' },
    ]);
  });
});
