import { describe, expect, it } from 'vitest';
import { articleHref, articleRef, collectionName, contentDir, glossaryFile, listingHref } from './collections';

describe('the collection registry names things the same way in every language', () => {
  it('names collections, folders and the glossary file per language', () => {
    expect(collectionName('guides', 'en')).toBe('guides');
    expect(collectionName('guides', 'es')).toBe('es-guides');
    expect(collectionName('glossary', 'es')).toBe('es-glossary');
    expect(contentDir('warning-signs', 'es')).toBe('es/warning-signs');
    expect(glossaryFile('en')).toBe('content/glossary.yaml');
    expect(glossaryFile('es', 'x')).toBe('x/es/glossary.yaml');
  });

  it('gives addresses in each language from the registry', () => {
    expect(listingHref('guides', 'es')).toBe('/es/guias/');
    expect(articleHref('guides', 'naloxona', 'es')).toBe('/es/guias/naloxona/');
    expect(articleHref('stories', 'x')).toBe('/stories/x/');
  });

  it("names a page and its translations by the English page's reference", () => {
    expect(articleRef('guides', 'naloxone', 'en', undefined)).toBe('guides/naloxone');
    expect(articleRef('guides', 'naloxona', 'es', 'guides/naloxone')).toBe('guides/naloxone');
  });
});
