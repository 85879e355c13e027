import { describe, expect, it } from 'vitest';
import { LANGS, formatDay, homeOf, langFromPath } from './lang';
import { UI_STRINGS } from './ui';
import { STATIC_TWINS, canonicalPath, staticHref, unlistedPaths } from './twins';
import { ARTICLE_TYPES, articleHref, collectionName, contentDir, listingHref, parseRef } from '../collections';

describe('languages', () => {
  it('reads the language from the address', () => {
    expect(langFromPath('/')).toBe('en');
    expect(langFromPath('/guides/naloxone/')).toBe('en');
    expect(langFromPath('/es/')).toBe('es');
    expect(langFromPath('/es')).toBe('es');
    expect(langFromPath('/es/guias/naloxona/')).toBe('es');
    // An English address that merely starts with the letters "es" stays English.
    expect(langFromPath('/escape/')).toBe('en');
    expect(homeOf('es')).toBe('/es/');
  });

  it('writes dates the way each language does', () => {
    const d = new Date('2026-12-02T00:00:00Z');
    expect(formatDay(d, 'en')).toBe('December 2, 2026');
    expect(formatDay(d, 'es')).toBe('2 de diciembre de 2026');
  });

  it('has every interface string in every language, none left empty where English has words', () => {
    // Strings a language may leave empty on purpose: Spanish "Ayuda" needs no hidden "lines".
    const mayBeEmpty = new Set(['es.crisis.helpTail']);
    const walk = (en: unknown, other: unknown, path: string) => {
      if (typeof en === 'string') {
        expect(typeof other, path).toBe('string');
        if (en && !mayBeEmpty.has(path)) expect(String(other).trim(), path).not.toBe('');
        return;
      }
      for (const [k, v] of Object.entries(en as Record<string, unknown>)) walk(v, (other as Record<string, unknown>)[k], `${path}.${k}`);
    };
    for (const lang of LANGS) walk(UI_STRINGS.en, UI_STRINGS[lang], lang);
    // Spanish strings are Spanish: spot-check the ones a reader meets first.
    expect(UI_STRINGS.es.crisis.call911).toBe('Llame al 911');
    expect(UI_STRINGS.es.languageLink).toBe('Leer en español');
    expect(UI_STRINGS.en.languageLink).toBe('Read in English');
  });

  it('maps every static page to its Spanish address, and refuses a page it does not know', () => {
    expect(staticHref('/help/', 'es')).toBe('/es/ayuda/');
    expect(staticHref('/help/', 'en')).toBe('/help/');
    for (const [en, twins] of Object.entries(STATIC_TWINS)) {
      expect(twins.es!.startsWith('/es/'), en).toBe(true);
      expect(langFromPath(twins.es!), en).toBe('es');
    }
    expect(() => staticHref('/share-your-story/', 'es')).toThrow(/no es page for \/share-your-story\//);
  });

  it('knows the not-found page by any of its names, and leaves offline and not-found pages out of the sitemap in every language', () => {
    for (const p of ['/404', '/404/', '/404.html']) expect(canonicalPath(p)).toBe('/404/');
    expect(canonicalPath('/es/404/')).toBe('/es/404/');
    expect(staticHref('/404.html', 'es')).toBe('/es/404/');
    expect(unlistedPaths().sort()).toEqual(['/404/', '/es/404/', '/es/sin-conexion/', '/offline/']);
  });
});

describe('the collection registry', () => {
  it('gives each type its address, folder and collection in each language', () => {
    expect(listingHref('guides')).toBe('/guides/');
    expect(listingHref('guides', 'es')).toBe('/es/guias/');
    expect(articleHref('warning-signs', 'primeras-senales', 'es')).toBe('/es/senales-de-alerta/primeras-senales/');
    expect(articleHref('stories', 'clinic-too-far')).toBe('/stories/clinic-too-far/');
    expect(collectionName('stories', 'es')).toBe('es-stories');
    expect(collectionName('stories', 'en')).toBe('stories');
    expect(contentDir('guides', 'es')).toBe('es/guides');
  });
  it('has labels and an introduction for every type in every language', () => {
    for (const [type, t] of Object.entries(ARTICLE_TYPES)) {
      for (const lang of LANGS) {
        expect(t.label[lang].one, `${type} ${lang}`).not.toBe('');
        expect(t.intro[lang].length, `${type} ${lang}`).toBeGreaterThan(40);
        expect(t.segment[lang], `${type} ${lang}`).toMatch(/^[a-z-]+$/);
      }
    }
  });
  it('parses page references and refuses bad ones', () => {
    expect(parseRef('guides/naloxone')).toEqual({ collection: 'guides', id: 'naloxone' });
    expect(() => parseRef('recipes/naloxone')).toThrow(/bad page reference/);
    expect(() => parseRef('guides/a/b')).toThrow(/bad page reference/);
  });
});

describe('filling a dictionary string', () => {
  it('puts each value in its place and leaves an unknown placeholder empty', async () => {
    const { fill } = await import('./fill');
    expect(fill(UI_STRINGS.es.helplineCards.textKeyword, { keyword: 'AYUDA', number: '988' })).toBe('Enviar AYUDA por texto al 988');
    expect(fill('{n} results for “{query}”.', { n: 3, query: 'narcan' })).toBe('3 results for “narcan”.');
    expect(fill('Call {number}', {})).toBe('Call ');
  });
});
