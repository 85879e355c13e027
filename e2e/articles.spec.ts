import { test, expect } from '@playwright/test';
import { tel } from './site-facts';
import { sitemapPaths } from './pages';
import { ui } from '../src/i18n/ui';
import { langFromPath } from '../src/i18n/lang';

const GUIDES = sitemapPaths().filter((p) => /^\/guides\/[^/]+\/$/.test(p));
// Pages about using after a break, which must show the safety steps (issue 3).
const SAFETY_GUIDES = [
  'lost-tolerance', 'restarting-after-a-break', 'naloxone', 'opioid-withdrawal', 'benzodiazepines', 'leaving-jail-detox-or-hospital',
  'changing-drug-supply', 'mixing-other-drugs', 'after-an-overdose', 'pregnancy-and-after-birth',
];

test('all nineteen guides are published', () => {
  expect(GUIDES).toHaveLength(19);
  for (const slug of ['changing-drug-supply', 'after-an-overdose', 'pregnancy-and-after-birth', 'your-rights', 'mixing-other-drugs']) {
    expect(GUIDES).toContain(`/guides/${slug}/`);
  }
});

test('every guide shows its summary, In short, at least three sources, and the safety steps where they belong', async ({ page }) => {
  test.setTimeout(30_000 + GUIDES.length * 5_000);
  for (const path of GUIDES) {
    const slug = path.split('/')[2]!;
    await test.step(path, async () => {
      await page.goto(path);
      await expect.soft(page.locator('[data-summary]'), `${path}: summary`).toHaveText(/\w.{20,}/);
      expect.soft(await page.locator('[data-in-short] li').count(), `${path}: In short`).toBeGreaterThanOrEqual(3);
      expect.soft(await page.locator('.sources li').count(), `${path}: sources`).toBeGreaterThanOrEqual(3);
      if (SAFETY_GUIDES.includes(slug)) {
        await expect.soft(page.getByRole('heading', { name: 'If you use after a break: steps that lower the risk' }), `${path}: safety steps`).toBeVisible();
        await expect.soft(page.locator(`[data-safety-steps] a[href="${tel('never-use-alone')}"]`), `${path}: Never Use Alone`).toBeVisible();
      }
    });
  }
});

test('a guide shows its summary, In short, numbered citations that reach the sources list, and review dates', async ({ page }) => {
  await page.goto('/guides/leaving-jail-detox-or-hospital/');
  await expect(page.locator('[data-summary]')).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
  const firstCite = page.locator('sup.cite a').first();
  const target = await firstCite.getAttribute('href');
  expect(target).toMatch(/^#source-\d+$/);
  await expect(page.locator(target!)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page.getByText(/^Last reviewed:/)).toBeVisible();
  await expect(page.getByText(/Next review due:/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Get help now' })).toBeVisible();
});

const STORIES = sitemapPaths().filter((p) => /^\/(es\/historias|stories)\/[^/]+\/$/.test(p));
test('every story, in both languages, carries its content note and composite label before the story', async ({ page }) => {
  test.setTimeout(30_000 + STORIES.length * 5_000);
  for (const path of STORIES) {
    await test.step(path, async () => {
      await page.goto(path);
      const t = ui(langFromPath(path)).article;
      await expect.soft(page.locator('[data-content-note]'), `${path}: content note`).toContainText(t.contentNote);
      await expect.soft(page.locator('[data-composite-label]'), `${path}: composite label`).toHaveText(t.composite);
      // The labels come before the first paragraph of the story itself.
      const order = await page.evaluate(() => {
        const label = document.querySelector('[data-story-labels]')!;
        const body = document.querySelector('[data-article-body]')!;
        return label.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect.soft(order, `${path}: labels first`).toBeTruthy();
    });
  }
});

test('glossary terms in articles link to their A–Z anchors', async ({ page }) => {
  await page.goto('/');
  const term = page.locator('a.term').first();
  const href = await term.getAttribute('href');
  expect(href).toMatch(/^\/glossary\/#[a-z-]+$/);
  await page.goto(href!);
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
});

test('the help page lists every helpline with a tap-to-call link', async ({ page }) => {
  await page.goto('/help/');
  for (const name of ['911', '988 Suicide & Crisis Lifeline', 'SAMHSA National Helpline', 'Never Use Alone', 'Poison Help', 'National Overdose Response Service (Canada)']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator(`[data-helplines] a[href="${tel('samhsa-helpline')}"]`)).toBeVisible();
});

test('pages are readable at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/guides/leaving-jail-detox-or-hospital/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const size = await page.locator('article p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
});
