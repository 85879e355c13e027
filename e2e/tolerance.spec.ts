import { test, expect, type Page, type Request } from '@playwright/test';
import { tel } from './site-facts';
import { axeViolations } from './axe';

const TOOL = '/tools/tolerance/';
const GUIDE = '/guides/lost-tolerance/';
/** The upgrade module the explainer loads when it nears the viewport. */
const UPGRADE = /\/_astro\/tolerance-upgrade\.[\w-]+\.js$/;
/** The explainer's processed <script>: registers the element and its IntersectionObserver. */
const LOADER = /\/_astro\/ToleranceExplainer[^/]*\.js$/;

const SITUATIONS = [
  'Left jail or prison',
  'Left detox, rehab or a hospital stay',
  'Stopped methadone or buprenorphine',
  'Naltrexone wore off or was stopped',
  'Took a break on my own',
];

const explainer = (page: Page) => page.locator('tolerance-explainer');
const message = (page: Page) => page.locator('tolerance-explainer [data-message]');
const chart = (page: Page) => page.locator('tolerance-explainer svg[role="img"]');
const legend = (page: Page) => page.locator('tolerance-explainer .tol-legend');
/** A situation's label, the pointer's target (the label text also appears, hidden, in the message). */
const choice = (page: Page, name: string) => page.locator('tolerance-explainer .tol-choice', { hasText: name });

/** Scrolls the explainer into view and waits until its upgrade has run. */
async function upgraded(page: Page) {
  await explainer(page).scrollIntoViewIfNeeded();
  await expect(explainer(page)).toHaveAttribute('data-upgraded', '');
}

/** What the picture shows now: the words on it, the shaded window, and the band's extent. */
function pictureNow(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('tolerance-explainer svg[role="img"]')!;
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && !el.closest('[display="none"]');
    // A <text> of several lines (<tspan>s) reads as one, its lines joined by spaces.
    const words = (t: Element) => (t.children.length ? [...t.children].map((c) => c.textContent!.trim()).join(' ') : t.textContent!.trim());
    const texts = [...svg.querySelectorAll('text')].filter(shown).map(words);
    const windows = [...svg.querySelectorAll('.tol-window')].filter(shown).map((r) => {
      const b = (r as SVGGraphicsElement).getBBox();
      return { x: b.x, width: b.width, y: b.y, height: b.height };
    });
    const bands = [...svg.querySelectorAll('.tol-band')].filter(shown).map((b) => (b as SVGGraphicsElement).getBBox());
    return {
      texts,
      windows,
      bands: bands.map((b) => ({ x: b.x, width: b.width, y: b.y, height: b.height })),
      shapes: [...svg.querySelectorAll('path, circle, ellipse, polyline')].length,
    };
  });
}

test.describe('with a keyboard', () => {
  test('arrow keys change the situation, and the message and picture follow', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    await expect(message(page)).toContainText('Left jail or prison', { useInnerText: true });
    await expect(message(page)).toContainText('If you got out in the last 2 weeks', { useInnerText: true });
    const start = await pictureNow(page);
    expect(start.texts).toContain('You get out');
    expect(start.texts).toContain('First 2 weeks out');

    // Into the radio group, then arrows move the choice.
    await page.getByRole('radio', { name: 'Left jail or prison' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Left detox, rehab or a hospital stay' })).toBeChecked();
    await expect(message(page)).toContainText('If you left a hospital in the last 4 weeks', { useInnerText: true });
    expect((await pictureNow(page)).texts).toContain('First 4 weeks out');

    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Stopped methadone or buprenorphine' })).toBeChecked();
    await expect(message(page)).toContainText('If you stopped in the last 4 weeks', { useInnerText: true });
    await expect(explainer(page).getByRole('link', { name: 'Going back on buprenorphine' })).toBeVisible();
    await expect(explainer(page).getByRole('link', { name: 'Going back to methadone' })).toBeVisible();
    const moud = await pictureNow(page);
    expect(moud.texts).toContain('Last dose');
    expect(moud.windows[0]!.x).toBeLessThan(start.windows[0]!.x); // the window starts at the last dose

    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Naltrexone wore off or was stopped' })).toBeChecked();
    await expect(message(page)).toContainText('Naltrexone blocks opioids while it works.', { useInnerText: true });
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Took a break on my own' })).toBeChecked();
    await expect(legend(page)).toContainText('No shading: no study has measured one high-risk time for a break on your own.', { useInnerText: true });
    expect((await pictureNow(page)).windows).toEqual([]);

    // The picture's text alternative follows the situation, and describes the band.
    await expect(chart(page)).toHaveAccessibleName(/^Illustration, not a measurement\..*Your tolerance could be anywhere in the band: plan as if it is gone\..*Nothing is shaded\. No shading: no study has measured/);
    await page.keyboard.press('ArrowUp');
    await expect(chart(page)).toHaveAccessibleName(/A line marks when naltrexone wears off\..*Shaded: after naltrexone wears off or you stop it\./);
  });

  test('the controls show where the focus is', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    await page.getByRole('radio', { name: 'Left jail or prison' }).focus();
    await page.keyboard.press('ArrowDown');
    const ring = await page.locator('.tol-choice:has(:focus-visible)').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
  });
});

test.describe('with a pointer', () => {
  test('clicking a situation changes the message and the picture', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);

    await choice(page, 'Naltrexone wore off or was stopped').click();
    await expect(page.getByRole('radio', { name: 'Naltrexone wore off or was stopped' })).toBeChecked();
    await expect(message(page)).toContainText('Naltrexone blocks opioids while it works.', { useInnerText: true });
    await expect(explainer(page).getByRole('link', { name: 'Naltrexone and Vivitrol: starting again' })).toBeVisible();
    const naltrexone = await pictureNow(page);
    expect(naltrexone.texts).toContain('Naltrexone wears off');
    expect(naltrexone.texts).toContain('After it wears off');

    // A break on your own: no measured window, so nothing is shaded.
    await choice(page, 'Took a break on my own').click();
    expect((await pictureNow(page)).windows).toEqual([]);
    await expect(legend(page)).toContainText('No shading: no study has measured one high-risk time for a break on your own.', { useInnerText: true });
    await expect(message(page)).toContainText('plan as if it is gone whenever you use', { useInnerText: true });
  });

  test('every control is at least 44 pixels tall', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    await explainer(page).getByText('What each situation means').click();
    const targets = explainer(page).locator('.tol-choice, summary, .tol-links:not([hidden]) a, .tol-more');
    expect(await targets.count()).toBeGreaterThan(7);
    for (const t of await targets.all()) expect((await t.boundingBox())!.height, await t.evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44);
  });
});

test.describe('the picture shows no timeline', () => {
  test('in every situation: one band from the old level to near zero, no curve or point, no number beside tolerance', async ({ page }) => {
    await page.goto(TOOL);
    await upgraded(page);
    expect(await explainer(page).locator('input[type="range"], [role="slider"]').count()).toBe(0);
    for (const name of SITUATIONS) {
      await choice(page, name).click();
      const p = await pictureNow(page);
      expect(p.shapes, name).toBe(0);
      expect(p.bands, name).toHaveLength(1);
      // The band fills the plot's height, the same in every situation.
      const plot = await page.locator('tolerance-explainer .tol-axis').first().evaluate((l) => (l as SVGGraphicsElement).getBBox().height);
      expect(p.bands[0]!.height, name).toBeGreaterThan(plot * 0.85);
      // Each shaded window covers the band's whole height: it marks a time, not a level.
      for (const w of p.windows) expect(w.height, name).toBeGreaterThanOrEqual(p.bands[0]!.height);
      // Only a window's label carries a number (its measured weeks); no label names tolerance and a time.
      for (const t of p.texts) {
        if (/\d/.test(t)) expect(t, name).toMatch(/^First \d weeks( out)?$/);
        if (/toleran/i.test(t)) expect(t, name).not.toMatch(/\d|days?|weeks?|months?/i);
      }
      expect(p.texts.join(' '), name).toContain('Your tolerance could be anywhere in here');
    }
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
      await expect(chart(page)).toBeVisible();
      await expect(chart(page)).toHaveAccessibleName(/^Illustration, not a measurement\..*Your tolerance could be anywhere in the band: plan as if it is gone\. A line marks when you get out\..*Shaded: the first 2 weeks after release\./);
      // The styles came inline: the picture has its size.
      expect(await chart(page).evaluate((el) => getComputedStyle(el).display)).toBe('block');
      // A note that the picture will not change (Playwright's text matching skips <noscript>, so read it directly).
      expect(await root.locator('noscript p').evaluate((p) => p.textContent)).toContain('JavaScript is off, so the picture shows one example.');

      // One example message, and only its variants: the others stay hidden.
      await expect(message(page)).toHaveText(/^Left jail or prison\s*No one can tell how low your tolerance is now\..*Plan as if it is gone/, { useInnerText: true });
      await expect(message(page)).toContainText('If you got out in the last 2 weeks', { useInnerText: true });
      await expect(message(page)).not.toContainText('Naltrexone blocks opioids', { useInnerText: true });
      await expect(root.getByRole('link', { name: 'Getting treatment in the first weeks out' })).toBeVisible();
      expect((await pictureNow(page)).texts).toEqual(expect.arrayContaining(['Last use', 'You get out', 'First 2 weeks out']));

      // The safety steps, with the Never Use Alone number from the helplines data.
      await expect(root.locator(`.tol-safety a[href="${tel('never-use-alone')}"]`)).toBeVisible();
      await expect(root.locator('.tol-safety')).toContainText('Carry naloxone');

      // What each situation means: every situation, readable once opened.
      await root.getByText('What each situation means').click();
      for (const name of SITUATIONS) await expect(root.locator('.tol-details dt', { hasText: name })).toBeVisible();
      await expect(root.locator('.tol-details')).toContainText('As naltrexone wears off');
      await expect(root.locator('.tol-details')).toContainText('In a small study of inpatient detox, 3 people died of overdose within 4 months of leaving.');
      await expect(root.locator('.tol-details').getByRole('link', { name: 'Binswanger 2007' })).toBeVisible();
      await expect(root.locator('.tol-details').getByRole('link', { name: 'Strang 2003' })).toBeVisible();
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

  test('in the guide, the safety steps come before the explainer', async ({ page }) => {
    await page.goto(GUIDE);
    const order = await page.evaluate(() => {
      const steps = document.querySelector('[data-safety-steps]')!;
      const island = document.querySelector('tolerance-explainer')!;
      return steps.compareDocumentPosition(island) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });
});

test.describe('accessibility', () => {
  const violations = (page: Page) => axeViolations(page, { include: 'tolerance-explainer' });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing, in every situation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(TOOL);
      await upgraded(page);
      await explainer(page).getByText('What each situation means').click();
      expect(await violations(page)).toEqual([]);
      for (const name of SITUATIONS.slice(1)) {
        await choice(page, name).click();
        await expect(page.getByRole('radio', { name })).toBeChecked();
        expect(await violations(page), name).toEqual([]);
      }
      // The whole page too.
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('the message is announced politely', async ({ page }) => {
    await page.goto(TOOL);
    await expect(message(page)).toHaveAttribute('aria-live', 'polite');
  });

  test('dark mode uses the dark tokens', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(TOOL);
    expect(await page.locator('tolerance-explainer .tol-band').evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(127, 211, 204)');
    expect(await page.locator('tolerance-explainer .tol-before').evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(127, 211, 204)');
    expect(await page.locator('tolerance-explainer svg[role="img"]').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(233, 237, 240)');
  });

  test('nothing moves, with or without reduced motion', async ({ page }) => {
    const motion = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('tolerance-explainer *')]
          .map((el) => getComputedStyle(el))
          .filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.animationName !== 'none').length,
      );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(TOOL);
    await upgraded(page);
    expect(await motion()).toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await choice(page, 'Stopped methadone or buprenorphine').click();
    expect(await motion()).toBe(0);
  });

  test('in print, every situation is there to read', async ({ page }) => {
    await page.goto(TOOL);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('tolerance-explainer .tol-details dd').first()).toBeVisible();
    await expect(page.locator('tolerance-explainer .tol-details dd').last()).toBeVisible();
    await expect(chart(page)).toBeVisible();
  });
});

test.describe('no layout shift', () => {
  for (const [path, viewport] of [[TOOL, { width: 1280, height: 720 }], [TOOL, { width: 360, height: 740 }], [GUIDE, { width: 1280, height: 720 }], [GUIDE, { width: 360, height: 740 }]] as const) {
    test(`${path} at ${viewport.width}px: the upgrade moves nothing`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript(() => {
        // Every shift counts except one that moves only the site header: on a busy machine
        // Chromium may paint a half-parsed header row while the page loads (its tools grow as
        // they arrive). That is not the upgrade; it is noted for the header, not tested here.
        const w = window as unknown as { shift: number };
        w.shift = 0;
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
        const headerOnly = (e: Shift) => !!e.sources?.length && e.sources.every((s) => s.node instanceof Element && s.node.closest('header') !== null);
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Shift[]) if (!e.hadRecentInput && !headerOnly(e)) w.shift += e.value;
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
  });

  for (const path of [TOOL, GUIDE]) {
    test(`${path}: the styles sit in valid HTML, and the CSP hash lets them apply`, async ({ page }) => {
      const csp: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
      });
      await page.goto(path);
      // A <style> in the body must be the first child of its parent (the Nu HTML checker): every
      // <style> in the body is, and the explainer's is the first child of <tolerance-explainer>.
      const placement = await page.evaluate(() => {
        const styles = [...document.body.querySelectorAll('style')];
        const first = (el: Element) => [...el.parentNode!.childNodes].find((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) === el;
        return {
          notFirst: styles.filter((s) => !first(s)).length,
          explainer: document.querySelector('tolerance-explainer')!.firstElementChild!.tagName,
        };
      });
      expect(placement).toEqual({ notFirst: 0, explainer: 'STYLE' });
      // The styles applied: the picture has its size.
      expect(await chart(page).evaluate((el) => getComputedStyle(el).display)).toBe('block');
      expect(csp).toEqual([]);
    });
  }
});
