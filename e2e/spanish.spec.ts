// The Spanish edition as a Spanish-speaking reader meets it: twins and language links, the
// crisis bar and steps in Spanish, Spanish search, Spanish short links. What every page must
// have (axe, crisis bar, no foreign requests) is checked for Spanish pages in every-page.spec.ts.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sitemapPaths } from './pages';
import { CRISIS_BAR_TELS, tel } from './site-facts';
import { langFromPath } from '../src/i18n/lang';
import { SHORT_LINKS, shortLinks } from '../src/lib/outreach';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const paths = sitemapPaths();
const spanish = paths.filter((p) => langFromPath(p) === 'es');
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const alternates = (path: string) =>
  Object.fromEntries([...html(path).matchAll(/<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]));

test('the Spanish edition has its home, every section and the pages readers need', () => {
  for (const p of ['/es/', '/es/guias/', '/es/senales-de-alerta/', '/es/historias/', '/es/ayuda/', '/es/acerca-de/', '/es/glosario/', '/es/buscar/', '/es/herramientas/tolerancia/', '/es/materiales/', '/es/materiales/tarjetas/']) {
    expect(spanish).toContain(p);
  }
  expect(spanish.filter((p) => p.startsWith('/es/guias/')).length).toBe(paths.filter((p) => /^\/guides\/./.test(p)).length + 1);
  expect(spanish.filter((p) => p.startsWith('/es/senales-de-alerta/')).length).toBe(paths.filter((p) => /^\/warning-signs\/./.test(p)).length + 1);
  expect(spanish.filter((p) => /^\/es\/historias\/./.test(p)).length).toBeGreaterThanOrEqual(4);
});

test('hreflang pairs are complete and symmetric on every page that has a twin', () => {
  let pairs = 0;
  for (const path of paths) {
    const alt = alternates(path);
    if (Object.keys(alt).length === 0) continue;
    const lang = langFromPath(path);
    expect(alt[lang], `${path} names itself`).toBe(path);
    for (const [other, href] of Object.entries(alt)) {
      if (other === lang) continue;
      expect(paths, `${path} -> ${href} is a published page`).toContain(href);
      expect(alternates(href)[lang], `${href} points back to ${path}`).toBe(path);
      pairs++;
    }
  }
  // Every Spanish page in the sitemap has its English twin.
  for (const path of spanish) expect(alternates(path).en, `${path} has an English twin`).toBeTruthy();
  expect(pairs).toBeGreaterThanOrEqual(2 * spanish.length);
});

test('every Spanish page says lang="es", and every English one lang="en"', () => {
  for (const path of paths) expect(html(path), path).toContain(`<html lang="${langFromPath(path)}"`);
});

async function languageLink(page: Page) {
  return page.locator('[data-language-link] a').first();
}

const TWINS = [['/guides/naloxone/', '/es/guias/naloxona/'], ['/es/senales-de-alerta/senales-de-sobredosis/', '/warning-signs/overdose-signs/'], ['/help/', '/es/ayuda/'], ['/es/', '/'], ['/stories/still-using-still-here/', '/es/historias/sigue-consumiendo-sigue-aqui/']] as const;
test('the language link lands on the twin page, both ways', async ({ page }) => {
  for (const [from, to] of TWINS) {
    await test.step(`${from} → ${to}`, async () => {
      await page.goto(from);
      const link = await languageLink(page);
      await expect(link).toHaveText(langFromPath(from) === 'en' ? 'Leer en español' : 'Read in English');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${to.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', langFromPath(to));
    });
  }
});

test('an English page with no Spanish twin says so, and links to the Spanish pages', async ({ page }) => {
  // Every article has a Spanish twin now; the story-sharing page is English only.
  await page.goto('/share-your-story/');
  const link = await languageLink(page);
  await expect(link).toContainText('aún no está en español');
  await expect(link).toHaveAttribute('lang', 'es');
  expect(await page.locator('link[hreflang]').count()).toBe(0);
});

test('no automatic redirect: a Spanish browser opening an English page stays on it', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'es-MX', extraHTTPHeaders: { 'Accept-Language': 'es-MX,es;q=0.9' } });
  const page = await context.newPage();
  await page.goto('/guides/naloxone/');
  await expect(page).toHaveURL(/\/guides\/naloxone\/$/);
  await context.close();
});

test('the Spanish crisis bar: call 911 and give naloxone, 988 in Spanish, every number a tel link', async ({ page }) => {
  await page.goto('/es/guias/perdida-de-tolerancia/');
  const bar = page.getByRole('complementary', { name: 'Números de emergencia' });
  await expect(bar).toContainText('Llame al 911');
  await expect(bar).toContainText('dé naloxona');
  await expect(bar).toContainText('marque 2 para español');
  expect(await bar.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(CRISIS_BAR_TELS);
  await expect(page.locator('header').getByRole('link', { name: /^Salir/ })).toBeVisible();
});

test('the Spanish overdose steps come first on the Spanish naloxone page, in order, until normal breathing', async ({ page }) => {
  await page.goto('/es/guias/naloxona/');
  const steps = page.locator('[data-overdose-steps]');
  await expect(steps.getByRole('heading')).toHaveText('Si alguien no despierta o no respira con normalidad');
  expect(await steps.locator('li[data-step]').evaluateAll((lis) => lis.map((l) => l.getAttribute('data-step')))).toEqual(['call', 'naloxone', 'cpr', 'repeat', 'recovery', 'stay']);
  await expect(steps.locator('[data-step="repeat"]')).toContainText('Otra dosis cada 2 a 3 minutos');
  await expect(steps.locator('[data-step="repeat"]')).toContainText('hasta que respire con normalidad');
  await expect(steps.locator('a[href^="tel:"]').first()).toHaveAttribute('href', tel('emergency-911'));
  // The steps sit above "En resumen", right under the summary.
  const order = await page.evaluate(() => {
    const s = document.querySelector('[data-overdose-steps]')!;
    const short = document.querySelector('[data-in-short]')!;
    return Boolean(s.compareDocumentPosition(short) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(order).toBe(true);
});

test('the Spanish help page gives each line in Spanish, with the way to Spanish service', async ({ page }) => {
  await page.goto('/es/ayuda/');
  await expect(page.locator('h1')).toBeVisible();
  const lifeline = page.locator('#lifeline-988');
  await expect(lifeline).toContainText('Llame al 988 y marque 2');
  await expect(lifeline.locator('a[href="sms:988?body=AYUDA"]')).toHaveText('Enviar AYUDA por texto al 988');
  await expect(page.locator('#samhsa-helpline')).toContainText('solo en inglés');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a Spanish guide reads in full: steps, "En resumen", body, sources and review dates in Spanish', async ({ page }) => {
    await page.goto('/es/guias/volver-a-la-buprenorfina/');
    await expect(page.getByRole('heading', { name: 'En resumen' })).toBeVisible();
    await expect(page.locator('[data-safety-steps], [data-article-body]').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Fuentes' })).toBeVisible();
    await expect(page.locator('[data-review]')).toContainText(/Última revisión: \d+ de [a-z]+ de \d{4}/);
  });
});

const resultLinks = (page: Page) => page.locator('[data-search-results] a[data-result]');

test('Spanish search finds Spanish pages, never English ones', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/es/buscar/');
  const expected: Record<string, string> = {
    chiva: '/es/',
    fenta: '/es/guias/',
    tranq: '/es/',
    malilla: '/es/guias/abstinencia-de-opioides/',
    naloxona: '/es/guias/naloxona/',
    narcan: '/es/guias/naloxona/',
    suboxone: '/es/guias/volver-a-la-buprenorfina/',
    metadona: '/es/guias/volver-a-la-metadona/',
    'recaída': '/es/',
    recaida: '/es/',
    sobredosis: '/es/',
    '¿cómo consigo naloxona?': '/es/guias/naloxona/',
  };
  const problems: string[] = [];
  for (const [q, prefix] of Object.entries(expected)) {
    await page.locator('#q').fill(q);
    await expect(page.locator('[data-search-count]')).toContainText(`“${q}”`, { timeout: 15_000 });
    const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (hrefs.length === 0) problems.push(`"${q}": nothing`);
    if (!hrefs.slice(0, 3).some((h) => h.startsWith(prefix))) problems.push(`"${q}": top three ${hrefs.slice(0, 3).join(', ')}`);
    const english = hrefs.filter((h) => !h.startsWith('/es/'));
    if (english.length) problems.push(`"${q}" found English pages: ${english.join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('English search never shows Spanish pages', async ({ page }) => {
  await page.goto('/search/?q=naloxone');
  await expect(page.locator('[data-search-count]')).toBeVisible({ timeout: 15_000 });
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => h.startsWith('/es/'))).toEqual([]);
});

test('a Spanish typo offers "¿Quiso decir …?" and the correction searches', async ({ page }) => {
  for (const [typo, fixed] of [['nalaxona', 'naloxona'], ['bupernorfina', 'buprenorfina']] as const) {
    await test.step(typo, async () => {
      await page.goto(`/es/buscar/?q=${encodeURIComponent(typo)}`);
      const suggestion = page.locator('[data-search-suggestion]');
      await expect(suggestion).toHaveText(`¿Quiso decir ${fixed}?`, { timeout: 15_000 });
      await suggestion.getByRole('link', { name: fixed }).click();
      await expect(page.getByRole('searchbox', { name: 'Buscar en el sitio' })).toHaveValue(fixed);
      await expect(resultLinks(page).first()).toBeVisible();
    });
  }
});

test('every Spanish short link (/ir/…) lands on its Spanish page', async ({ page }) => {
  for (const { name, target } of shortLinks(SHORT_LINKS.es.file)) {
    await page.goto(`/ir/${name}`);
    await expect(page, name).toHaveURL(new RegExp(`${target.replace(/\//g, '\\/')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  }
});

test('the Spanish outreach kit: QR codes for /ir/ links and Spanish texts under 300 characters', async ({ page }) => {
  await page.goto('/es/materiales/');
  const urls = await page.locator('[data-short-url]').allTextContents();
  expect(urls.length).toBe(shortLinks(SHORT_LINKS.es.file).length);
  for (const u of urls) expect(u).toMatch(/\/ir\/[a-z-]+$/);
  // The QR code decodes to its Spanish short link.
  await page.setViewportSize({ width: 400, height: 400 });
  await page.goto('/es/qr/naloxona.svg');
  const png = PNG.sync.read(await page.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toMatch(/^https:\/\/[^/]+\/ir\/naloxona$/);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/es/materiales/');
  const texts = await page.locator('[data-message]').allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(10);
  for (const t of texts) {
    expect(t.length).toBeLessThan(300);
    expect(t).toMatch(/\/(ir|es)\//);
  }
  await page.goto('/es/materiales/tarjetas/');
  await expect(page.locator('#card-naloxone')).toHaveText('Si alguien no despierta');
  await expect(page.locator('[data-card-sheet]')).toContainText('/ir/naloxona');
});

test('no Spanish page is older than its English page today: none shows the notice', async ({ page }) => {
  await page.goto('/es/guias/naloxona/');
  await expect(page.locator('[data-english-newer]')).toHaveCount(0);
});

test('a source with its own Spanish version links to it, marked "En español"', async ({ page }) => {
  await page.goto('/es/guias/naloxona/');
  const spanishVersion = page.locator('.sources a[data-spanish-version]');
  await expect(spanishVersion.first()).toHaveText('En español');
  await expect(page.locator('.sources a[href="https://medlineplus.gov/spanish/ency/article/003215.htm"]')).toHaveAttribute('hreflang', 'es');
  // The sources themselves are English, and the list says so for screen readers.
  await expect(page.locator('.sources ol')).toHaveAttribute('lang', 'en');
});
