// Phone first (issue 14): on a 360×640 and a 320×568 phone the title is whole and the first
// sentence starts on the first screen, the overdose steps start there on emergency pages, the
// crisis bar and header are one row each, and nothing scrolls sideways.
import { test, expect, type Page } from '@playwright/test';
import { tel } from './site-facts';
import { sitemapPaths } from './pages';
import { everyCollection, listingHref } from '../src/collections';

// Every article in every language (the registry's listings), and the home, help and search pages.
const listings = everyCollection().map(({ type, lang }) => listingHref(type, lang));
const ARTICLES = sitemapPaths().filter((p) => listings.some((l) => p.startsWith(l) && p !== l));
const PAGES = ['/', '/help/', '/search/', '/es/', '/es/ayuda/', '/es/buscar/', ...ARTICLES];
const EMERGENCY = ['/guides/naloxone/', '/warning-signs/overdose-signs/', '/help/', '/es/guias/naloxona/', '/es/senales-de-alerta/senales-de-sobredosis/', '/es/ayuda/'];
/** The first sentence a reader meets under the title. */
const LEAD = '.lede, [data-search-input]';

async function measure(page: Page) {
  return page.evaluate((lead) => {
    const box = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
    const visibleTargets = [...document.querySelectorAll('.crisis a, .header-row a, .header-row summary')]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ text: (el as HTMLElement).innerText, w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height }));
    const rowHeight = (sel: string) => box(document.querySelector(sel))!.height;
    return {
      h1: box(document.querySelector('h1'))!,
      lead: box(document.querySelector(lead)),
      step: box(document.querySelector('[data-overdose-steps] li')),
      crisis: rowHeight('.crisis'),
      header: rowHeight('.header-row'),
      scrollWidth: document.documentElement.scrollWidth,
      targets: visibleTargets,
      exit: box(document.querySelector('header a[data-quick-exit]')),
    };
  }, LEAD);
}

for (const [width, height] of [[360, 640], [320, 568]] as const) {
  test.describe(`${width}×${height} phone`, () => {
    test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });

    test('every article, home, help and search start on the first screen', async ({ page }) => {
      const problems: string[] = [];
      for (const path of PAGES) {
        await page.goto(path);
        const m = await measure(page);
        if (m.h1.bottom > height) problems.push(`${path}: title ends at ${Math.round(m.h1.bottom)} px`);
        if (!m.lead || m.lead.top >= height) problems.push(`${path}: first sentence starts at ${m.lead ? Math.round(m.lead.top) : 'nowhere'} px`);
        if (m.scrollWidth > width) problems.push(`${path}: scrolls sideways (${m.scrollWidth} px wide)`);
        if (!m.exit || m.exit.top < 0 || m.exit.bottom > height || m.exit.right > width) problems.push(`${path}: quick exit not on screen`);
        if (width === 360 && EMERGENCY.includes(path) && (!m.step || m.step.top >= height)) problems.push(`${path}: first overdose step at ${m.step ? Math.round(m.step.top) : 'nowhere'} px`);
      }
      expect(problems).toEqual([]);
    });

    for (const path of ['/guides/lost-tolerance/', '/es/guias/perdida-de-tolerancia/']) test(`${path}: the crisis bar and the header are one row each, with full-size tap targets`, async ({ page }) => {
      await page.goto(path);
      const m = await measure(page);
      expect(m.crisis).toBeLessThanOrEqual(52);
      expect(m.header).toBeLessThanOrEqual(56);
      for (const t of m.targets) {
        expect(t.h, `${t.text} is ${t.h} px tall`).toBeGreaterThanOrEqual(44);
        expect(t.w, `${t.text} is ${t.w} px wide`).toBeGreaterThanOrEqual(44);
      }
      const es = path.startsWith('/es/');
      const bar = page.getByRole('complementary', { name: es ? 'Números de emergencia' : 'Emergency numbers' });
      await expect(bar.getByRole('link', { name: es ? '¿Sobredosis? Llame al 911' : 'Overdose? Call 911' })).toHaveAttribute('href', tel('emergency-911'));
      await expect(bar).toContainText(es ? 'dé naloxona' : 'give naloxone');
      await expect(bar.getByRole('link', { name: es ? /^Ayuda$/ : /^Help ?lines$/ })).toHaveAttribute('href', es ? '/es/ayuda/#helplines' : '/help/#helplines');
      await expect(page.locator('header').getByRole('link', { name: es ? /^Salir/ : /^Exit/ })).toBeVisible();
    });

    test('the menu opens without JavaScript and holds every section; search is one tap', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/stories/');
      await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeHidden();
      await page.getByText('Menu', { exact: true }).click();
      const menu = page.getByRole('navigation', { name: 'Main menu' });
      for (const name of ['Guides', 'Warning signs', 'Stories', 'For family', 'Search', 'Get help']) await expect(menu.getByRole('link', { name })).toBeVisible();
      await expect(menu.getByRole('link', { name: 'Stories' })).toHaveAttribute('aria-current', 'page');
      await page.getByRole('link', { name: 'Search', exact: true }).first().click();
      await expect(page).toHaveURL(/\/search\/$/);
      await context.close();
    });
  });
}

test('on a desktop screen the crisis bar lists every line and the full navigation shows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guides/naloxone/');
  const bar = page.getByRole('complementary', { name: 'Emergency numbers' });
  await expect(bar).toContainText('Overdose? Call 911, give naloxone.');
  await expect(bar.getByRole('link', { name: /988/ })).toBeVisible();
  await expect(bar.getByRole('link', { name: /Helplines/ })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search' }).or(page.getByRole('searchbox', { name: 'Search the site' })).first()).toBeVisible();
  await expect(page.getByText('Menu', { exact: true })).toBeHidden();
});
