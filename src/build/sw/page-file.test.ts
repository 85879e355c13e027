import { expect, test } from 'vitest';
import { pageFile } from './page-file';

test('a page address, with or without its slash or a query, is its saved index.html', () => {
  expect(pageFile('https://x.org/guides/naloxone/')).toBe('/guides/naloxone/index.html');
  expect(pageFile('https://x.org/guides/naloxone')).toBe('/guides/naloxone/index.html');
  expect(pageFile('https://x.org/search/?q=narcan')).toBe('/search/index.html');
  expect(pageFile('https://x.org/')).toBe('/index.html');
  expect(pageFile('https://x.org/es/ayuda/#helplines')).toBe('/es/ayuda/index.html');
  expect(pageFile('https://x.org/manifest.webmanifest')).toBe('/manifest.webmanifest');
});
