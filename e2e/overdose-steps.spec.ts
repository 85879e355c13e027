// One overdose sequence everywhere (issue 12): call 911, naloxone, CPR if not breathing
// normally, another dose for breathing (not for waking), recovery position, stay.
import { test, expect } from '@playwright/test';

const ORDER = ['call', 'naloxone', 'cpr', 'repeat', 'recovery', 'stay'];

test('the overdose steps run in one order, with CPR, and repeat doses are for breathing', async ({ page }) => {
  await page.goto('/warning-signs/overdose-signs/');
  const steps = page.locator('[data-overdose-steps] li');
  expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-step')))).toEqual(ORDER);
  await expect(steps.nth(0)).toContainText('Call 911');
  await expect(steps.nth(0)).toContainText('talk you through CPR');
  await expect(steps.nth(2)).toContainText('Start CPR');
  await expect(steps.nth(2)).toContainText('chest compressions only');
  await expect(steps.nth(3)).toContainText('Breathing not back after 2 to 3 minutes');
  await expect(steps.nth(4)).toContainText('recovery position');
  await expect(steps.nth(4)).toContainText('naloxone does not reverse xylazine or medetomidine');
  // On the page for the worst moment the steps come straight after the title and summary.
  const next = await page.evaluate(() => document.querySelector('[data-summary]')!.nextElementSibling?.hasAttribute('data-overdose-steps'));
  expect(next).toBe(true);
});

// That no page says to keep dosing "until they wake" (in English or Spanish, every page as
// built) is test/rendered-safety.test.ts; here, that the steps are shown where they belong.
for (const path of ['/guides/naloxone/', '/warning-signs/overdose-signs/', '/help/', '/warning-signs/signs-for-family-and-friends/']) {
  test(`${path} shows the overdose steps`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-overdose-steps]')).toBeVisible();
  });
}

test('the naloxone guide explains CPR, and that breathing, not waking, is the aim', async ({ page }) => {
  await page.goto('/guides/naloxone/');
  await expect(page.getByRole('heading', { name: /^What if they still aren.t breathing normally\?$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^What if they breathe but don.t wake up\?$/ })).toBeVisible();
  await expect(page.getByText('What matters is breathing, not waking up.')).toBeVisible();
  await expect(page.getByText(/On darker skin, blue or gray color can be easier to see inside the lips/)).toBeVisible();
});

test('the pocket card carries the same sequence, with CPR', async ({ page }) => {
  await page.goto('/outreach/cards/');
  const card = page.locator('section[aria-labelledby="card-naloxone"] li');
  await expect(card).toHaveText([/^Call 911\. .*CPR/, /^Give naloxone/, /^Not breathing normally\? Start CPR/, /^Breathing not back in 2 to 3 minutes\?/, /^Breathing\? Roll them on their side/]);
});

test('a time-limited claim shows when it was checked', async ({ page }) => {
  await page.goto('/guides/buprenorphine-restart/');
  const stamp = page.locator('.as-of-stamp').first();
  await expect(stamp).toHaveText(/^\(as of [A-Z][a-z]+ 20\d\d\)$/);
});
