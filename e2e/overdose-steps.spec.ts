// One overdose sequence everywhere (issues 12 and 26): call 911, naloxone if you have it (CPR
// at once if not), CPR while breathing is not normal (gasping is not breathing), another dose
// every 2 to 3 minutes until breathing is normal, then the recovery position, and stay; if the
// breathing slows or stops again, another dose and CPR.
import { test, expect } from '@playwright/test';

const ORDER = ['call', 'naloxone', 'cpr', 'repeat', 'recovery', 'stay'];

test('the overdose steps run in one order, with CPR, and stop only on normal breathing', async ({ page }) => {
  await page.goto('/warning-signs/overdose-signs/');
  const steps = page.locator('[data-overdose-steps] li');
  expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-step')))).toEqual(ORDER);
  await expect(steps.nth(0)).toContainText('Call 911');
  await expect(steps.nth(0)).toContainText('Give the address first');
  await expect(steps.nth(0)).toContainText('talk you through CPR');
  await expect(steps.nth(1)).toContainText('Give naloxone if you have it.');
  await expect(steps.nth(1)).toContainText('No naloxone, or someone is getting it? Start CPR now.');
  await expect(steps.nth(2)).toContainText('Not breathing normally? Do CPR.');
  await expect(steps.nth(2)).toContainText('Gasping is not breathing: keep doing CPR.');
  await expect(steps.nth(2)).toContainText('chest compressions only');
  await expect(steps.nth(3)).toContainText('Another dose every 2 to 3 minutes');
  await expect(steps.nth(3)).toContainText('until they are breathing normally or help arrives');
  await expect(steps.nth(3)).toContainText('no gasping, snoring or gurgling');
  await expect(steps.nth(3)).toContainText('Follow the instructions on your box.');
  await expect(steps.nth(4)).toContainText('Once they are breathing normally');
  await expect(steps.nth(4)).toContainText('recovery position');
  await expect(steps.nth(4)).toContainText('That is all right while their breathing stays normal.');
  await expect(steps.nth(5)).toContainText('If their breathing slows, gets noisy or stops again: another dose, and CPR again.');
  // No citation marker inside a step: the sources are cited once, after the list.
  await expect(page.locator('[data-overdose-steps] li .cite')).toHaveCount(0);
  await expect(page.locator('[data-overdose-steps] .steps-sources .cite').first()).toBeVisible();
  // On the page for the worst moment the steps come straight after the title and summary.
  const next = await page.evaluate(() => document.querySelector('[data-summary]')!.nextElementSibling?.hasAttribute('data-overdose-steps'));
  expect(next).toBe(true);
});

test('los pasos en español: la misma secuencia, con "respira con normalidad" e intérprete en el 911', async ({ page }) => {
  await page.goto('/es/senales-de-alerta/senales-de-sobredosis/');
  const steps = page.locator('[data-overdose-steps] li');
  expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-step')))).toEqual(ORDER);
  await expect(steps.nth(0)).toContainText('Dé primero la dirección.');
  await expect(steps.nth(0)).toContainText('diga «Spanish» y no cuelgue mientras se une un intérprete');
  await expect(steps.nth(1)).toContainText('Dé naloxona si la tiene.');
  await expect(steps.nth(2)).toContainText('Boquear no es respirar: siga con la RCP.');
  await expect(steps.nth(3)).toContainText('hasta que respire con normalidad');
  await expect(steps.nth(4)).toContainText('Cuando ya respire con normalidad');
  await expect(steps.nth(5)).toContainText('Si su respiración se vuelve lenta otra vez, hace ruido o se detiene');
});

// That no page says to keep dosing "until they wake" (in English or Spanish, every page as
// built) is test/rendered-safety.test.ts; here, that the steps are shown where they belong.
for (const path of ['/guides/naloxone/', '/warning-signs/overdose-signs/', '/help/', '/warning-signs/signs-for-family-and-friends/']) {
  test(`${path} shows the overdose steps`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('[data-overdose-steps]')).toBeVisible();
  });
}

test('the naloxone guide explains CPR, what normal breathing is, and that normal breathing, not waking, is the aim', async ({ page }) => {
  await page.goto('/guides/naloxone/');
  await expect(page.getByRole('heading', { name: /^What if they still aren.t breathing normally\?$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^What does breathing normally look like\?$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^What if they breathe normally but don.t wake up\?$/ })).toBeVisible();
  await expect(page.getByText('What matters is normal breathing, not waking up.')).toBeVisible();
  await expect(page.getByText(/On darker skin, blue or gray color can be easier to see inside the lips/)).toBeVisible();
});

test('the pocket cards carry the same sequence, with CPR, in both languages', async ({ page }) => {
  await page.goto('/outreach/cards/');
  const card = page.locator('section[aria-labelledby="card-naloxone"] li');
  await expect(card).toHaveText([
    /^Call 911\. .*CPR/, /^Naloxone if you have it:.*None\? CPR now\.$/, /^Not breathing normally\? CPR\. Gasping is not breathing\.$/,
    /^Every 2 to 3 minutes: another dose, new spray, until breathing normally\.$/, /^Breathing normally\? Roll them on their side\. Stay\.$/,
    /^Slows or stops again\? Another dose \+ CPR\.$/,
  ]);
  await page.goto('/es/materiales/tarjetas/');
  await expect(page.locator('section[aria-labelledby="card-naloxone"] li')).toHaveText([
    /^Llame al 911\. Dé la dirección\. Diga «Spanish»/, /^Naloxona si la tiene:/, /^¿No respira con normalidad\? RCP\. Boquear no es respirar\.$/,
    /hasta que respire con normalidad\.$/, /^¿Respira con normalidad\? Póngala de lado\./, /^¿Se vuelve lenta o se detiene otra vez\? Otra dosis \+ RCP\.$/,
  ]);
});

test('a time-limited claim shows when it was checked', async ({ page }) => {
  await page.goto('/guides/buprenorphine-restart/');
  const stamp = page.locator('.as-of-stamp').first();
  await expect(stamp).toHaveText(/^\(as of [A-Z][a-z]+ 20\d\d\)$/);
});
