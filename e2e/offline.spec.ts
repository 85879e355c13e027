import { test, expect } from '@playwright/test';

test('after one visit, guides never opened, the help page and search work offline', async ({ page, context }) => {
  await page.goto('/');
  // Wait until the service worker has installed and taken control (precache complete).
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return reg.active?.state;
  });
  await context.setOffline(true);

  await page.goto('/guides/opioid-withdrawal/');
  await expect(page.locator('h1')).toContainText('withdrawal');
  await page.goto('/warning-signs/overdose-signs/');
  await expect(page.locator('[data-overdose-steps]')).toBeVisible();

  await page.goto('/help/');
  await expect(page.locator('[data-helplines] a[href="tel:+18004843731"]')).toBeVisible();

  await page.goto('/search/?q=narcan');
  await expect(page.locator('[data-search-results] a[data-result]').first()).toHaveAttribute('href', '/guides/naloxone/');

  // A page that was never cached gets the offline page, not a browser error.
  await page.goto('/about/');
  await expect(page.locator('h1')).toHaveText("You're offline");
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
    caches: (await caches.keys()).filter((k) => !k.startsWith('workbox-precache') && k !== 'pages'),
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
