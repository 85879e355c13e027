import { test, expect } from '@playwright/test';
import { EXIT } from './site-facts';


test.beforeEach(async ({ context }) => {
  // Stand in for the neutral site so the test never leaves this machine.
  await context.route(`${EXIT}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
});

test('clicking "Exit this page" leaves at once and Back does not return to the page', async ({ page }) => {
  await page.goto('/about/');
  await page.goto('/help/');
  await page.locator('header a[data-quick-exit]').click();
  await expect(page).toHaveURL(EXIT);
  await page.goBack();
  // The help page was replaced in history: Back goes to the page before it.
  await expect(page).toHaveURL(/\/about\/$/);
});

test('pressing Shift three times exits', async ({ page }) => {
  await page.goto('/guides/');
  await page.waitForFunction(() => customElements.get('quick-exit') !== undefined);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/guides\/$/);
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(EXIT);
});

test('typing with Shift in the search field does not exit', async ({ page }) => {
  await page.goto('/guides/');
  await page.waitForFunction(() => customElements.get('quick-exit') !== undefined);
  await page.getByRole('searchbox', { name: 'Search the site' }).focus();
  // Three capital letters: Shift goes down three times, each followed by a letter key.
  for (const key of ['KeyN', 'KeyS', 'KeyX']) {
    await page.keyboard.down('Shift');
    await page.keyboard.press(key);
    await page.keyboard.up('Shift');
  }
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('NSX');
  await expect(page).toHaveURL(/\/guides\/$/);
});

test('the help page says honestly that history is not erased', async ({ page }) => {
  await page.goto('/help/');
  await expect(page.getByText('It does not erase your browser history.')).toBeVisible();
  await expect(page.getByText(/private window/)).toBeVisible();
});

// One page of each kind: Shift three times leaves, and so does a click (on a phone-sized
// screen too, where the button reads "Exit").
const KINDS = ['/', '/guides/naloxone/', '/warning-signs/', '/stories/clinic-too-far/', '/search/', '/help/', '/tools/tolerance/', '/outreach/cards/', '/es/', '/es/guias/naloxona/'];
test('on each kind of page, in both languages, Shift three times and a click both exit', async ({ page }) => {
  test.setTimeout(30_000 + KINDS.length * 8_000);
  for (const path of KINDS) {
    await test.step(path, async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(path);
      await page.waitForFunction(() => customElements.get('quick-exit') !== undefined);
      await page.locator('body').press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expect(page, `${path}: Shift three times`).toHaveURL(EXIT);
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto(path);
      // On a phone, the safety bar's Exit, in reach at every scroll position.
      await page.locator('[data-safety-bar] a[data-quick-exit]').click();
      await expect(page, `${path}: a click on a phone`).toHaveURL(EXIT);
    });
  }
});
