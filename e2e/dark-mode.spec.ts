import { test, expect } from '@playwright/test';
import { axeViolations } from './axe';

test.use({ colorScheme: 'dark' });

// Contrast in dark mode on each kind of page (every page is checked in light mode elsewhere).
const DARK_PAGES = ['/', '/guides/naloxone/', '/guides/moud-compared/', '/warning-signs/relapse-prevention-plan/', '/stories/clinic-too-far/', '/help/', '/search/?q=narcan', '/glossary/', '/outreach/', '/404/', '/es/', '/es/guias/naloxona/'];
test('each kind of page meets WCAG AA contrast in dark mode', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of DARK_PAGES) {
    await test.step(path, async () => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect.soft(await axeViolations(page), `${path} in dark mode`).toEqual([]);
    });
  }
});

// The site has no motion of its own, so the test brings some: an element that would move, and
// the global rule that must stop it (it fails if the rule is deleted).
async function plantMotion(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const el = document.createElement('div');
    el.style.transition = 'opacity 2s';
    el.style.animation = 'planted 3s infinite';
    el.style.scrollBehavior = 'smooth';
    document.body.append(el);
    const s = getComputedStyle(el);
    return { transition: parseFloat(s.transitionDuration), animation: s.animationName, scroll: s.scrollBehavior };
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('transitions, animations and smooth scrolling are switched off', async ({ page }) => {
    await page.goto('/guides/naloxone/');
    expect(await plantMotion(page)).toEqual({ transition: 0, animation: 'none', scroll: 'auto' });
  });
});

test.describe('without reduced motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the planted motion runs (so the check above can fail)', async ({ page }) => {
    await page.goto('/guides/naloxone/');
    expect(await plantMotion(page)).toEqual({ transition: 2, animation: 'planted', scroll: 'smooth' });
  });
});
