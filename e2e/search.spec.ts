import { test, expect, type Page } from '@playwright/test';
import { tel } from './site-facts';
import { QUERIES, QUESTIONS } from './search-queries';

async function searchFor(page: Page, q: string) {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  // A cold search loads Pagefind and may check a correction: allow for a busy machine.
  await expect(page.locator('[data-search-count]')).toBeVisible({ timeout: 15_000 });
}

const resultLinks = (page: Page) => page.locator('[data-search-results] a[data-result]');

// One page per set, typing each query in turn (as a reader would), so Pagefind loads once.
for (const [name, set] of [['keywords', QUERIES], ['questions', QUESTIONS]] as const) {
  test(`every query in the ${name} set finds its page in the top three`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/search/');
    const misses: string[] = [];
    for (const [q, expected] of Object.entries(set)) {
      await page.locator('#q').fill(q);
      await expect(page.locator('[data-search-count]')).toContainText(`“${q}”`, { timeout: 15_000 });
      const top = (await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3);
      if (!top.some((href) => expected.includes(href!))) misses.push(`"${q}": ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  });
}

test('a typo offers "Did you mean …?" and the correction searches', async ({ page }) => {
  for (const [typo, fixed] of [['buprenorfine', 'buprenorphine'], ['naloxon', 'naloxone'], ['suboxen', 'suboxone']] as const) {
    await test.step(typo, async () => {
      await searchFor(page, typo);
      const suggestion = page.locator('[data-search-suggestion]');
      await expect(suggestion).toHaveText(`Did you mean ${fixed}?`);
      await suggestion.getByRole('link', { name: fixed }).click();
      await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue(fixed);
      await expect(resultLinks(page).first()).toBeVisible();
    });
  }
});

test('results show their type, title, summary and a highlighted excerpt, and link to a section', async ({ page }) => {
  await searchFor(page, 'naloxone');
  const first = page.locator('[data-search-results] li').first();
  await expect(first.locator('.label')).toHaveText(/Guide|Warning sign|Story|Glossary|Help/);
  await expect(first.locator('a[data-result]')).not.toBeEmpty();
  await expect(page.locator('[data-search-results] mark').first()).toBeVisible();
  await expect(page.locator('[data-search-results] a', { hasText: /^Go to: / }).first()).toHaveAttribute('href', /#/);
});

test('the type filter narrows results and works from the keyboard', async ({ page }) => {
  await searchFor(page, 'buprenorphine');
  const total = async () => Number((await page.locator('[data-search-count]').textContent())!.match(/^\d+/)![0]);
  const all = await total();
  const types = await page.locator('[data-search-results] .label').allTextContents();
  expect(new Set(types).size).toBeGreaterThan(1);
  await page.getByRole('radio', { name: 'Stories' }).focus();
  await page.keyboard.press('Space');
  await expect(async () => {
    const labels = await page.locator('[data-search-results] .label').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(await total()).toBeLessThan(all);
    expect(new Set(labels)).toEqual(new Set(['Story']));
  }).toPass();
});

test('more results load on request, and focus moves to the first new one', async ({ page }) => {
  await searchFor(page, 'naloxone');
  const before = await resultLinks(page).count();
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(resultLinks(page)).not.toHaveCount(before);
  await expect(resultLinks(page).nth(before)).toBeFocused();
});

test('the URL follows the query, so a search can be shared', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('narcan');
  await expect(page).toHaveURL(/\/search\/\?q=narcan$/);
  await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
});

test('the header search field submits to the search page', async ({ page }) => {
  await page.goto('/guides/');
  await page.locator('#site-search').fill('dope sick');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=dope\+sick$/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', '/guides/opioid-withdrawal/');
});

test('no results: says so kindly and shows help and topics', async ({ page }) => {
  await searchFor(page, 'qqqzzzxxx');
  await expect(page.locator('[data-search-count]')).toHaveText('Nothing on this site matches “qqqzzzxxx”.');
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  await expect(page.locator(`[data-search-empty] a[href="${tel('never-use-alone')}"]`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'All topics' })).toBeVisible();
});

test('a query with markup is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  const q = '<img src=x onerror=alert(1)>';
  await searchFor(page, q);
  await expect(page.locator('[data-search-count]')).toContainText(q);
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('results are announced to screen readers with their count', async ({ page }) => {
  await searchFor(page, 'narcan');
  await expect(page.locator('[role="status"][aria-live="polite"]')).toHaveText(/^\d+ results? for “narcan”\./);
});

test('keyboard only: type, arrow into the results, open one', async ({ page }) => {
  await page.goto('/search/');
  await page.keyboard.type('vivitrol');
  await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/search\//);
});

test('search sends nothing to another origin, runs under the CSP, and Pagefind loads only on the search page', async ({ page, baseURL }) => {
  const requests: string[] = [];
  const csp: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to load (CSP): ${e.violatedDirective}`)));
  await page.goto('/guides/naloxone/');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await searchFor(page, 'dope sick');
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);
  // Pagefind's WebAssembly and worker ran: results came back under the page's own policy.
  await expect(page.locator('[data-search-results] a[data-result]').first()).toBeVisible();
  expect(csp).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs JavaScript and lists every topic', async ({ page }) => {
    await page.goto('/search/?q=narcan');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.locator('[data-all-topics] a[href="/guides/naloxone/"]')).toBeVisible();
  });
});

test('"Did you mean" never corrects a word that already matches, nor a first letter', async ({ page }) => {
  for (const q of ['pink pills', 'vivitrol wore off', 'naloxone']) {
    await searchFor(page, q);
    await expect(page.locator('[data-search-suggestion]'), q).toBeHidden();
  }
});

test('a question finds its page through the words that carry it', async ({ page }) => {
  await searchFor(page, 'How long does tolerance last?');
  await expect(resultLinks(page).first()).toHaveAttribute('href', /lost-tolerance|#tolerance/);
});

test('a word the site lacks says so plainly and offers help, the overdose steps and every topic', async ({ page }) => {
  await searchFor(page, 'trampoline');
  await expect(page.locator('[data-search-count]')).toHaveText('Nothing on this site matches “trampoline”.');
  await expect(resultLinks(page)).toHaveCount(0);
  const empty = page.locator('[data-search-empty]');
  await expect(empty.getByRole('link', { name: 'follow the overdose steps' })).toHaveAttribute('href', '/guides/naloxone/#overdose-steps');
  await expect(empty.getByRole('link', { name: /Every helpline/ })).toHaveAttribute('href', '/help/');
  await expect(empty.getByRole('link', { name: 'pick from every topic' })).toHaveAttribute('href', '#all-topics');
});
