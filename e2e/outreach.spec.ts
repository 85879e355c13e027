import { test, expect } from '@playwright/test';
import { tel } from './site-facts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { sitemapPaths } from './pages';
import { ARTICLE_COLLECTIONS, ARTICLE_TYPES, listingHref } from '../src/collections';

const shortLinks = yaml.load(readFileSync('content/short-links.yaml', 'utf8')) as Record<string, string>;

test('every short link (/go/…) lands on its page', async ({ page }) => {
  test.setTimeout(30_000 + Object.keys(shortLinks).length * 5_000);
  for (const [name, target] of Object.entries(shortLinks)) {
    await test.step(`/go/${name} lands on ${target}`, async () => {
      await page.goto(`/go/${name}`);
      await expect.soft(page, `/go/${name}`).toHaveURL(new RegExp(`${target.replace(/\//g, '\\/')}$`));
      await expect.soft(page.locator('h1'), `/go/${name}: title`).toBeVisible();
    });
  }
});

test('a generated QR code decodes to its short link', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 400 });
  await page.goto('/qr/naloxone.svg');
  const png = PNG.sync.read(await page.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code?.data).toMatch(/^https:\/\/[^/]+\/go\/naloxone$/);
});

test('the outreach page offers short links, QR downloads, copy buttons and texts', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/outreach/');
  const card = page.locator('#go-naloxone');
  await expect(card.locator('[data-short-url]')).toHaveText(/\/go\/naloxone$/);
  await expect(card.getByRole('link', { name: /Download QR/ })).toHaveAttribute('download', /\.svg$/);
  await card.getByRole('button', { name: /Copy/ }).click();
  await expect(card.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https:\/\/.+\/go\/naloxone$/);

  const texts = await page.locator('[data-texts] [data-message]').allTextContents();
  // One text per guide.
  expect(texts.length).toBe(sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p)).length);
  for (const t of texts) {
    expect(t.length).toBeLessThan(300);
    expect(t).toMatch(/https:\/\/\S+$/);
  }
});

test('pocket cards print on one sheet with QR codes and short links, and no site chrome', async ({ page }) => {
  await page.goto('/outreach/cards/');
  await page.emulateMedia({ media: 'print' });
  const cards = page.locator('[data-card-sheet] .pocket-card');
  await expect(cards).toHaveCount(4);
  for (const c of await cards.all()) {
    await expect(c.locator('svg')).toBeVisible();
    await expect(c.locator('.card-link span')).toHaveText(/\/go\/[a-z]+$/);
  }
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  for (const format of ['Letter', 'A4'] as const) {
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages, `${format} pages`).toBe(1);
  }
});

test('a guide prints cleanly: no navigation, links printed as URLs, helplines kept', async ({ page }) => {
  await page.goto('/guides/naloxone/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('a[data-quick-exit]')).toHaveCount(2);
  for (const exit of await page.locator('a[data-quick-exit]').all()) await expect(exit).toBeHidden();
  await expect(page.locator(`.crisis a[href="${tel('never-use-alone')}"]`)).toBeVisible();
  const link = page.locator('article a[data-abs]:not(.term)').first();
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/https:\/\/[^ ]+\//);
});

test('every page has link-preview meta with absolute URLs', async ({ request }) => {
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    for (const prop of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card']) {
      expect(html, `${path} ${prop}`).toMatch(new RegExp(`<meta (property|name)="${prop}" content="[^"]+"`));
    }
    expect(html).toMatch(/<meta property="og:url" content="https:\/\/[^"]+"/);
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\.png"/);
    expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+"/);
  }
});

test('the RSS feed lists every page of the types the registry puts in it, with absolute links', async ({ request }) => {
  const xml = await (await request.get('/rss.xml')).text();
  expect(xml).toContain('<rss version="2.0">');
  // Every English page of a type with rss: true (guides and stories today).
  const inFeed = ARTICLE_COLLECTIONS.filter((type) => ARTICLE_TYPES[type].rss).map((type) => listingHref(type, 'en'));
  expect(inFeed).toContain('/guides/');
  expect((xml.match(/<item>/g) ?? []).length).toBe(sitemapPaths().filter((p) => inFeed.some((l) => p.startsWith(l) && p !== l)).length);
  expect(xml).toMatch(/<link>https:\/\/[^<]+\/guides\/naloxone\/<\/link>/);
});
