import { test, expect, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const TOOL = '/tools/tolerance/';
const GUIDE = '/guides/lost-tolerance/';
/** The upgrade module the explainer loads when it nears the viewport. */
const UPGRADE = /\/_astro\/tolerance-upgrade\.[\w-]+\.js$/;
/** The explainer's processed <script>: registers the element and its IntersectionObserver. */
const LOADER = /\/_astro\/ToleranceExplainer[^/]*\.js$/;

const explainer = (page: Page) => page.locator('tolerance-explainer');
const message = (page: Page) => page.locator('tolerance-explainer [data-message]');
const slider = (page: Page) => page.getByRole('slider', { name: 'How long since you last used regularly?' });
const chart = (page: Page) => page.locator('tolerance-explainer svg[role="img"]');
/** A situation's label, the pointer's target (the label text also appears, hidden, in the message). */
const choice = (page: Page, name: string) => page.locator('tolerance-explainer .tol-choice', { hasText: name });

/** Scrolls the explainer into view and waits until its upgrade has run. */
async function upgraded(page: Page) {
  await explainer(page).scrollIntoViewIfNeeded();
  await expect(explainer(page)).toHaveAttribute('data-upgraded', '');
}

/** Where the chart's point is and what the shading covers. */
function chartGeometry(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('tolerance-explainer')!;
    const point = root.querySelector('[data-point]')!;
    const band = root.querySelector('[data-band]')!;
    return {
      cx: Number(point.getAttribute('cx')),
      cy: Number(point.getAttribute('cy')),
      band: band.getAttribute('visibility') === 'hidden' ? null : { x: Number(band.getAttribute('x')), width: Number(band.getAttribute('width')) },
    };
  });
}

test.describe('with a keyboard', () => {
  test('arrow keys change the situation and the time, and the message and chart follow', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    await expect(message(page)).toContainText('Left jail or prison: 2 weeks since you last used regularly.', { useInnerText: true });
    const start = await chartGeometry(page);

    // Into the radio group with Tab, then arrows move the choice.
    await page.getByRole('radio', { name: 'Left jail or prison' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Left detox, rehab or a hospital stay' })).toBeChecked();
    await expect(message(page)).toContainText('Left detox, rehab or a hospital stay: 2 weeks since you last used regularly.', { useInnerText: true });
    await expect(message(page)).toContainText('If you left in the last few weeks', { useInnerText: true });
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Stopped methadone or buprenorphine' })).toBeChecked();
    await expect(message(page)).toContainText('This is the time when overdose deaths are highest for people in your situation', { useInnerText: true });
    await expect(explainer(page).getByRole('link', { name: 'Going back on buprenorphine' })).toBeVisible();
    await expect(explainer(page).getByRole('link', { name: 'Going back to methadone' })).toBeVisible();
    const moud = await chartGeometry(page);
    expect(moud.band).not.toEqual(start.band); // the methadone window starts at the start of the break

    // Tab reaches the slider; arrows, Home and End move it, and it speaks in words.
    await page.keyboard.press('Tab');
    await expect(slider(page)).toBeFocused();
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 months');
    await expect(message(page)).toContainText('2 months since you last used regularly.', { useInnerText: true });
    await expect(message(page)).toContainText('Your risk is still high now, and your tolerance keeps falling.', { useInnerText: true });
    const later = await chartGeometry(page);
    expect(later.cx).toBeGreaterThan(moud.cx);
    expect(later.cy).toBeGreaterThan(moud.cy); // lower on the screen: less tolerance
    expect(later.cx).toBeGreaterThan(later.band!.x + later.band!.width); // past the measured window

    await page.keyboard.press('Home');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 day');
    await expect(message(page)).toContainText('Even a short break can lower your tolerance.', { useInnerText: true });
    await page.keyboard.press('End');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '6 months');
    await expect(message(page)).toContainText('Your tolerance may be very low by now', { useInnerText: true });

    // The chart's text alternative follows the state.
    await expect(chart(page)).toHaveAccessibleName(/Illustration, not a measurement\..*at 6 months, is far lower.*Shaded: the first weeks after stopping methadone or buprenorphine\./);
  });

  test('the controls show where the focus is', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    await page.getByRole('radio', { name: 'Left jail or prison' }).focus();
    await page.keyboard.press('ArrowDown');
    const ring = await page.locator('.tol-choice:has(:focus-visible)').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await slider(page).evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });
});

test.describe('with a pointer', () => {
  test('clicking a situation and the slider changes the message and the chart', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);

    await choice(page, 'Naltrexone wore off or was stopped').click();
    await expect(page.getByRole('radio', { name: 'Naltrexone wore off or was stopped' })).toBeChecked();
    await expect(message(page)).toContainText('Naltrexone blocks opioids while it works.', { useInnerText: true });
    await expect(explainer(page).getByRole('link', { name: 'Naltrexone and Vivitrol: starting again' })).toBeVisible();

    const box = (await slider(page).boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.click(box.x + 2, y);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 day');
    await expect(message(page)).toContainText('Naltrexone wore off or was stopped: 1 day since you last used regularly.', { useInnerText: true });
    const early = await chartGeometry(page);
    await page.mouse.click(box.x + box.width - 2, y);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '6 months');
    const late = await chartGeometry(page);
    expect(late.cx).toBeGreaterThan(early.cx);
    expect(late.cy).toBeGreaterThan(early.cy);

    // Dragging the thumb back to the middle.
    await page.mouse.move(box.x + box.width - 8, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, y, { steps: 8 });
    await page.mouse.up();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '3 weeks');

    // A break on your own: no measured window, so nothing is shaded.
    await choice(page, 'Took a break on my own').click();
    expect((await chartGeometry(page)).band).toBeNull();
    await expect(explainer(page).locator('.tol-legend')).toHaveText('No shading: no study has measured one high-risk time for a break on your own.', { useInnerText: true });
    await expect(message(page)).toContainText('Risk is high whenever you use after a break.', { useInnerText: true });
  });

  test('every control is at least 44 pixels tall', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    await explainer(page).getByText('What each situation means').click();
    const targets = explainer(page).locator('.tol-choice, input[type="range"], summary, .tol-links:not([hidden]) a, .tol-more');
    expect(await targets.count()).toBeGreaterThan(7);
    for (const t of await targets.all()) expect((await t.boundingBox())!.height, await t.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [TOOL, GUIDE]) {
    test(`${path}: the explainer reads well`, async ({ page }) => {
      await page.goto(path);
      const root = explainer(page);
      await expect(root.getByRole('heading', { name: 'See how a break changes the risk' })).toBeVisible();
      await expect(root.getByRole('group', { name: 'What happened?' })).toBeVisible();
      await expect(root.getByRole('radio')).toHaveCount(5);
      await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 weeks');
      await expect(chart(page)).toBeVisible();
      await expect(chart(page)).toHaveAccessibleName(/^Illustration, not a measurement\..*at 2 weeks, is much lower.*Shaded: the first two weeks after you get out\./);
      // A note that the chart will not change (Playwright's text matching skips <noscript>, so read it directly).
      await expect(root.locator('noscript p')).toBeVisible();
      expect(await root.locator('noscript p').evaluate((p) => p.textContent)).toContain('JavaScript is off, so the chart shows one example.');

      // One example message, and only its variants: the others stay hidden.
      await expect(message(page)).toHaveText(/^Left jail or prison: 2 weeks since you last used regularly\.\s*Your tolerance may already be much lower than before\. No one can tell how much\./, { useInnerText: true });
      await expect(message(page)).not.toContainText('Naltrexone blocks opioids', { useInnerText: true });
      await expect(root.getByRole('link', { name: 'Getting treatment in the first weeks out' })).toBeVisible();

      // The safety steps, with the Never Use Alone number from the helplines data.
      await expect(root.locator('.tol-safety a[href="tel:+18004843731"]')).toBeVisible();
      await expect(root.locator('.tol-safety')).toContainText('Carry naloxone');

      // What each situation means: every situation, readable once opened.
      await root.getByText('What each situation means').click();
      for (const name of ['Left jail or prison', 'Left detox, rehab or a hospital stay', 'Stopped methadone or buprenorphine', 'Naltrexone wore off or was stopped', 'Took a break on my own']) {
        await expect(root.locator('.tol-details dt', { hasText: name })).toBeVisible();
      }
      await expect(root.locator('.tol-details')).toContainText('As naltrexone wears off');
      await expect(root.locator('.tol-details')).toContainText('Risk is high whenever you use after a break.');
      await expect(root.locator('.tol-details').getByRole('link', { name: 'Binswanger 2007' })).toBeVisible();
    });
  }

  test('the explainer page has its intro, safety steps and next links', async ({ page }) => {
    await page.goto(TOOL);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How does a break change my tolerance?');
    await expect(page.locator('[data-safety-steps]')).toBeVisible();
    await expect(page.locator('main a[href="/guides/lost-tolerance/"]')).toBeVisible();
    await expect(page.locator('main a[href="/help/"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async (page: Page) => {
    const axe = await new AxeBuilder({ page }).include('tolerance-explainer').withTags(TAGS).analyze();
    return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing, before and after changes (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(TOOL);
      await upgraded(page);
      await explainer(page).getByText('What each situation means').click();
      expect(await violations(page)).toEqual([]);
      await choice(page, 'Stopped methadone or buprenorphine').click();
      await slider(page).fill('8');
      await expect(message(page)).toContainText('6 months', { useInnerText: true });
      expect(await violations(page)).toEqual([]);
      // The whole page too.
      const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('the message is announced politely', async ({ page }) => {
    await page.goto(TOOL);
    await expect(message(page)).toHaveAttribute('aria-live', 'polite');
  });

  test('dark mode uses the dark tokens', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(TOOL);
    const curve = page.locator('tolerance-explainer .tol-curve');
    expect(await curve.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(127, 211, 204)');
    expect(await page.locator('tolerance-explainer svg').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(233, 237, 240)');
  });

  test('no movement when the reader asks for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(TOOL);
    await upgraded(page);
    for (const sel of ['.tol-point', '.tol-band', '.tol-drop', '.tol-now']) {
      expect(await page.locator(`tolerance-explainer ${sel}`).evaluate((el) => getComputedStyle(el).transitionDuration), sel).toMatch(/^0s(, 0s)*$/);
    }
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await page.locator('tolerance-explainer .tol-point').evaluate((el) => getComputedStyle(el).transitionDuration)).toContain('0.2s');
  });

  test('in print, every situation is there to read', async ({ page }) => {
    await page.goto(TOOL);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('tolerance-explainer .tol-details dd').first()).toBeVisible();
    await expect(page.locator('tolerance-explainer .tol-details dd').last()).toBeVisible();
  });
});

test.describe('no layout shift', () => {
  for (const [path, viewport] of [[TOOL, { width: 1280, height: 720 }], [TOOL, { width: 360, height: 740 }], [GUIDE, { width: 1280, height: 720 }], [GUIDE, { width: 360, height: 740 }]] as const) {
    test(`${path} at ${viewport.width}px: the upgrade moves nothing`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        const w = window as unknown as { shift: number };
        w.shift = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Chromium's scroll anchoring would hide a shift that Safari (which has none) shows.
        document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.overflowAnchor = 'none'));
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      // Scroll the explainer to near the top of the screen, so that it fills the view.
      await page.evaluate(() => {
        const top = document.querySelector('tolerance-explainer')!.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, Math.max(0, top - window.innerHeight / 10));
      });
      await expect(explainer(page)).toHaveAttribute('data-upgraded', '');
      // Let the upgrade render and the browser report.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
      expect(shift).toBeLessThan(0.01);
    });
  }
});

test.describe('loading only where and when it is needed', () => {
  const track = (page: Page) => {
    const seen: string[] = [];
    page.on('request', (r: Request) => seen.push(new URL(r.url()).pathname));
    return seen;
  };

  test('a page without the explainer never asks for its scripts', async ({ page }) => {
    const seen = track(page);
    await page.goto('/guides/naloxone/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(seen.filter((p) => UPGRADE.test(p) || LOADER.test(p))).toEqual([]);
    expect(await page.evaluate(() => customElements.get('tolerance-explainer'))).toBeUndefined();
    expect(await page.locator('script[src*="ToleranceExplainer"]').count()).toBe(0);
    // Nor its styles: the component inlines them only where it is shown.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('.tol-chart'))).toBe(false);
  });

  test('in the guide, the upgrade is fetched only once the explainer nears the viewport', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const seen = track(page);
    await page.goto(GUIDE);
    await page.waitForLoadState('networkidle');
    expect(seen.some((p) => LOADER.test(p))).toBe(true);
    expect(seen.filter((p) => UPGRADE.test(p))).toEqual([]);
    await expect(explainer(page)).not.toHaveAttribute('data-upgraded', '');
    const request = page.waitForRequest(UPGRADE);
    await explainer(page).scrollIntoViewIfNeeded();
    await request;
    await expect(explainer(page)).toHaveAttribute('data-upgraded', '');
  });

  test('on /tools/tolerance/, the upgrade is fetched once the explainer is in view', async ({ page }) => {
    const seen = track(page);
    await page.goto(TOOL);
    await upgraded(page);
    expect(seen.filter((p) => UPGRADE.test(p))).toHaveLength(1);
    // Its styles came inline, allowed by their hash in the page's Content Security Policy.
    expect(await page.locator('tolerance-explainer .tol-chart').evaluate((el) => getComputedStyle(el).display)).toBe('block');
  });
});
