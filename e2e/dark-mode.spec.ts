import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test.use({ colorScheme: 'dark' });

// Contrast in dark mode on each kind of page (every page is checked in light mode elsewhere).
for (const path of ['/', '/guides/naloxone/', '/guides/moud-compared/', '/warning-signs/relapse-prevention-plan/', '/stories/clinic-too-far/', '/help/', '/search/?q=narcan', '/glossary/', '/outreach/', '/404/']) {
  test(`${path} meets WCAG AA contrast in dark mode`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no transitions or animations run', async ({ page }) => {
    await page.goto('/guides/naloxone/');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.transitionDuration) > 0 || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0);
      }).length,
    );
    expect(moving).toBe(0);
  });
});
