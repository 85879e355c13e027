import { test, expect } from '@playwright/test';
import { tel } from './site-facts';

// The only spec that lets the service worker in (the config blocks it everywhere else).
test.use({ serviceWorkers: 'allow' });

async function installed(page: import('@playwright/test').Page) {
  // Wait until the service worker has installed and taken control (precache complete).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
}

test('after one visit, the emergency pages work offline, and so does every page and search read before', async ({ page, context }) => {
  await page.goto('/');
  await installed(page);
  // Read one guide and one search while online: both are kept.
  await page.goto('/guides/opioid-withdrawal/');
  await page.goto('/search/?q=narcan');
  // A cold search loads Pagefind while the worker is still saving the core: allow for it.
  await expect(page.locator('[data-search-results] a[data-result]').first()).toBeVisible({ timeout: 15_000 });
  await context.setOffline(true);

  // The core, never opened: help, the overdose steps, naloxone, the tolerance explainer.
  await page.goto('/warning-signs/overdose-signs/');
  await expect(page.locator('[data-overdose-steps]')).toBeVisible();
  await page.goto('/guides/naloxone/');
  await expect(page.locator('h1')).toContainText('naloxone');
  await page.goto('/tools/tolerance/');
  await expect(page.locator('tolerance-explainer')).toBeVisible();
  await page.goto('/help/');
  await expect(page.locator(`[data-helplines] a[href="${tel('never-use-alone')}"]`)).toBeVisible();
  // The same page, its address typed without the slash.
  await page.goto('/guides/naloxone');
  await expect(page.locator('h1')).toContainText('naloxone');

  // What was read before.
  await page.goto('/guides/opioid-withdrawal/');
  await expect(page.locator('h1')).toContainText('withdrawal');
  await page.goto('/search/?q=narcan');
  await expect(page.locator('[data-search-results] a[data-result]').first()).toHaveAttribute('href', '/guides/naloxone/');

  // A page never read gets the offline page, which lists what this phone has saved.
  await page.goto('/guides/your-rights/');
  await expect(page.locator('h1')).toHaveText("You're offline");
  const saved = page.getByRole('region', { name: 'Pages you have opened before' });
  await expect(saved.getByRole('link', { name: /withdrawal/i })).toHaveAttribute('href', '/guides/opioid-withdrawal/');
  await expect(saved.getByRole('link', { name: /spot an overdose and use naloxone/ })).toHaveAttribute('href', '/guides/naloxone/');
});

test('a Spanish reader saves the Spanish core: the Spanish emergency pages work offline', async ({ page, context }) => {
  await page.goto('/es/');
  await installed(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toMatch(/\/es\/$/);
  // One Spanish guide read while online: it is kept, and the offline page lists it.
  await page.goto('/es/guias/abstinencia-de-opioides/');
  await context.setOffline(true);
  await page.goto('/es/senales-de-alerta/senales-de-sobredosis/');
  await expect(page.locator('[data-overdose-steps]')).toContainText('Llame al 911');
  await page.goto('/es/guias/naloxona/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.goto('/es/ayuda/');
  await expect(page.locator(`a[href="${tel('never-use-alone')}"]`).first()).toBeVisible();
  // A Spanish page never read gets the Spanish offline page.
  await page.goto('/es/guias/sus-derechos/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1')).toHaveText('No tiene conexión');
  const saved = page.getByRole('region', { name: 'Páginas que ya abrió antes' });
  await expect(saved.getByRole('link', { name: /abstinencia/i })).toHaveAttribute('href', '/es/guias/abstinencia-de-opioides/');
  await expect(saved.getByRole('link', { name: /naloxona/i }).first()).toHaveAttribute('href', /^\/es\/guias\//);
  await expect(saved.getByRole('link', { name: /withdrawal|naloxone/i })).toHaveCount(0);
  // Only the Spanish core was saved up front.
  const precached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.includes('precache'));
    const urls = (await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat();
    return urls.filter((u) => u.endsWith('/') || u.endsWith('.html'));
  });
  expect(precached.length).toBeGreaterThan(5);
  expect(precached.filter((u) => !u.startsWith('/es/'))).toEqual([]);
});

test('the service worker registers on any secure context, 127.0.0.1 too', async ({ page, baseURL }) => {
  await page.goto(baseURL!.replace('localhost', '127.0.0.1') + '/');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  await page.evaluate(() => navigator.serviceWorker.ready);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
});

test('the site stores nothing but the service worker cache', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto('/search/?q=subs');
  await expect(page.locator('[data-search-results] a[data-result]').first()).toBeVisible();
  await page.goto('/tools/tolerance/').catch(() => undefined);
  await page.goto('/guides/lost-tolerance/');
  const stored = await page.evaluate(async () => ({
    cookies: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    // Each language's worker keeps its own precache (after-a-break-en-precache-…), plus pages and search.
    caches: (await caches.keys()).filter((k) => !/^after-a-break-[a-z]+-precache-/.test(k) && k !== 'pages' && k !== 'search'),
  }));
  expect(stored).toEqual({ cookies: '', local: 0, session: 0, databases: [], caches: [] });
  expect(await page.context().cookies()).toEqual([]);
});

test('the site can be added to a home screen', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe('After a Break');
  expect(manifest.start_url).toBe('/');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status()).toBe(200);
});

test('a correction reaches a returning reader on the first view: online, pages come from the network, core pages too', async ({ browser }) => {
  // A served copy of the site, so a "deploy" can change a page under a reader who has the old one saved.
  const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { serve } = await import('../scripts/static-server');
  const root = mkdtempSync(join(tmpdir(), 'deployed-'));
  cpSync('dist', root, { recursive: true });
  const { server, url } = await serve(root);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await installed(page);
    // The naloxone page is in the saved core, and this reader has read it.
    await page.goto(`${url}/guides/naloxone/`);
    const title = (await page.locator('h1').textContent())!.trim();
    const saved = await page.evaluate(async () => {
      for (const name of await caches.keys()) if ((await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname === '/guides/naloxone/index.html')) return name;
      return null;
    });
    expect(saved, 'the naloxone page is precached').toMatch(/precache/);

    // A deploy corrects the page.
    const file = join(root, 'guides/naloxone/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${title}</h1>`, `>${title} (corrected)</h1>`));
    await page.goto(`${url}/guides/naloxone/`);
    await expect(page.locator('h1')).toHaveText(`${title} (corrected)`);

    // Offline, the reader still has the page: the copy kept on this last read.
    await context.setOffline(true);
    await page.goto(`${url}/guides/naloxone/`);
    await expect(page.locator('h1')).toHaveText(`${title} (corrected)`);
  } finally {
    await context.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
