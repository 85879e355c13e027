import { test, expect, type Page } from '@playwright/test';
import { CRISIS_BAR_TELS } from './site-facts';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './pages';

const paths = sitemapPaths();

test.describe.configure({ mode: 'parallel' });
// What is on every page is checked here; the service worker (tested in offline.spec.ts) is
// kept out so its background precache does not slow each page's network-idle wait.
test.use({ serviceWorkers: 'block' });

test('the sitemap lists the main routes', () => {
  for (const p of ['/', '/guides/', '/warning-signs/', '/stories/', '/help/', '/about/', '/glossary/', '/search/']) {
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

for (const path of paths) {
  test(`${path}: accessible, crisis bar, quick exit, nothing from other origins`, async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
    });
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    expect(await crisisBarLinks(page)).toEqual(CRISIS_BAR_TELS);
    await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('href', /^https:\/\//);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.context().cookies()).toEqual([]);

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content'))).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);

    // The quick exit is there and wired up (the journey itself is walked in quick-exit.spec.ts).
    expect(await page.evaluate(() => customElements.get('quick-exit') !== undefined)).toBe(true);
  });
}
