// What must be on every page, checked on every page the sitemap lists (both languages):
// with JavaScript, axe finds nothing, the crisis bar has its numbers, the quick exit is wired
// up, nothing comes from another origin, no cookie is set and the CSP holds; without
// JavaScript, the page still reads and the crisis bar and quick exit still work.
// Journeys (the exit itself, search, the explainer) are walked once each in their own specs.
// Pages are checked in a few batches, each reusing one tab per mode: a fresh browser context
// per page cost about a second of set-up, more than the checks themselves.
import { test, expect, type Page } from '@playwright/test';
import { CRISIS_BAR_TELS, EXIT, tel } from './site-facts';
import { sitemapPaths } from './pages';
import { axeViolations } from './axe';

const paths = sitemapPaths();
const BATCHES = 8;

test.describe.configure({ mode: 'parallel' });

test('the sitemap lists the main routes in both languages', () => {
  for (const p of ['/', '/guides/', '/warning-signs/', '/stories/', '/help/', '/about/', '/glossary/', '/search/', '/es/', '/es/guias/', '/es/ayuda/']) {
    expect(paths).toContain(p);
  }
  expect(paths.length).toBeGreaterThan(20);
});

async function crisisBarLinks(page: Page) {
  // Named in the page's language ("Emergency numbers", "Números de emergencia").
  const bar = page.locator('aside.crisis').first();
  await expect(bar).toBeVisible();
  return bar.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
}

for (let b = 0; b < BATCHES; b++) {
  const batch = paths.filter((_, i) => i % BATCHES === b);
  test(`every page, batch ${b + 1} of ${BATCHES}: accessible, crisis bar, quick exit, nothing from other origins, and readable without JavaScript`, async ({ page, browser, baseURL }) => {
    test.setTimeout(30_000 + batch.length * 8_000);
    const origin = new URL(baseURL!).origin;
    let current = '';
    const foreign: string[] = [];
    const cspViolations: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(`${current}: ${req.url()}`);
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(`${current}: ${m.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const noScript = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const plain = await noScript.newPage();

    for (const path of batch) {
      await test.step(path, async () => {
        current = path;
        const response = await page.goto(path);
        expect.soft(response?.status(), `${path} status`).toBe(200);
        expect.soft(await axeViolations(page), `${path}: axe`).toEqual([]);
        // Anything the page asks for after loading (a lazy script, a font) is caught too.
        await page.waitForLoadState('networkidle');

        expect.soft(await crisisBarLinks(page), `${path}: crisis bar`).toEqual(CRISIS_BAR_TELS);
        // Two exits: the header's, and the phone's safety bar's.
        await expect.soft(page.locator('a[data-quick-exit]'), `${path}: quick exits`).toHaveCount(2);
        for (const exit of await page.locator('a[data-quick-exit]').all()) await expect.soft(exit, `${path}: quick exit`).toHaveAttribute('href', /^https:\/\//);
        await expect.soft(page.locator('h1'), `${path}: one h1`).toHaveCount(1);
        expect.soft(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), `${path}: CSP violations`).toEqual([]);
        expect.soft(await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')), `${path}: CSP`).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
        // The quick exit is there and wired up (the journey itself is walked in quick-exit.spec.ts).
        expect.soft(await page.evaluate(() => customElements.get('quick-exit') !== undefined), `${path}: quick exit defined`).toBe(true);

        // Without JavaScript: the page reads, and help and the exit are real links.
        await plain.goto(path);
        await expect.soft(plain.locator('h1'), `${path} without JavaScript: title`).toBeVisible();
        const text = (await plain.locator('main').innerText()).trim();
        expect.soft(text.split(/\s+/).length, `${path} without JavaScript: words`).toBeGreaterThan(40);
        await expect.soft(plain.locator(`.crisis a[href="${tel('emergency-911')}"]`), `${path} without JavaScript: 911`).toBeVisible();
        await expect.soft(plain.locator('header a[data-quick-exit]'), `${path} without JavaScript: quick exit`).toHaveAttribute('href', EXIT);
        await expect.soft(plain.locator('[data-safety-bar] a[data-quick-exit]'), `${path} without JavaScript: the bar's quick exit`).toHaveAttribute('href', EXIT);
      });
    }
    expect(await page.context().cookies()).toEqual([]);
    expect(await noScript.cookies()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
    await noScript.close();
  });
}
