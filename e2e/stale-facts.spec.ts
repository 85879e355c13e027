// A page is served for months after its build. A dated claim (<AsOf>) shows "as of <month>"
// always; once its recheck day has passed on the reader's own clock, a notice beside it says it
// may have changed, with a link to the source. Tested with the browser's clock fixed before and
// after the day, in both languages, and without JavaScript.
import { test, expect, type Page } from '@playwright/test';

const PAGES = [
  { path: '/guides/buprenorphine-restart/', notice: /^This may have changed since \w+ \d{4}\.$/, check: 'Check the source' },
  { path: '/es/guias/volver-a-la-buprenorfina/', notice: /^Esto puede haber cambiado desde \w+ de \d{4}\.$/, check: 'Consulte la fuente' },
];

/** The first dated claim of the page: its recheck day, as the build wrote it. */
async function firstRecheck(page: Page, path: string): Promise<string> {
  await page.goto(path);
  const recheck = await page.locator('.as-of[data-recheck]').first().getAttribute('data-recheck');
  expect(recheck, `${path} has a dated claim`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  return recheck!;
}

const day = (iso: string, plusDays: number, hour: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays, hour);
};

for (const { path, notice, check } of PAGES) {
  test(`${path}: no notice on a dated claim's last good day, a notice with the source's link the day after`, async ({ page, browser }) => {
    const recheck = await firstRecheck(page, path);
    const claim = page.locator(`.as-of[data-recheck="${recheck}"]`).first();
    const stale = claim.locator('.as-of-stale');

    await page.clock.setFixedTime(day(recheck, 0, 22));
    await page.goto(path);
    await expect(claim.locator('.as-of-stamp')).toBeVisible();
    await expect(stale).toBeHidden();

    await page.clock.setFixedTime(day(recheck, 1, 9));
    await page.goto(path);
    await expect(stale).toBeVisible();
    await expect(stale.locator('strong')).toHaveText(notice);
    const link = stale.getByRole('link', { name: check });
    await expect(link).toBeVisible();
    // The source to check: its own address, or its entry in the page's sources list.
    expect(await link.getAttribute('href')).toMatch(/^(https:\/\/|#source-\d+$)/);
    // Every claim due by then shows its notice (those in the closed clinicians' section once it is opened); none due later does.
    await page.locator('details[data-for-clinicians] > summary').click();
    const due = await page.locator('.as-of[data-recheck]').evaluateAll((els, r) => els.filter((e) => (e as HTMLElement).dataset.recheck! <= r).length, recheck);
    await expect(page.locator('.as-of-stale:visible')).toHaveCount(due);

    // Without JavaScript the stamp stays and the notice stays hidden.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const quiet = await noJs.newPage();
    await quiet.goto(path);
    await expect(quiet.locator('.as-of-stamp').first()).toBeVisible();
    await expect(quiet.locator('.as-of-stale:visible')).toHaveCount(0);
    await noJs.close();
  });
}
