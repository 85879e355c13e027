import { test, expect } from '@playwright/test';
import { tel, EXIT } from './site-facts';
import { sitemapPaths } from './pages';

test.use({ javaScriptEnabled: false });

for (const path of sitemapPaths()) {
  test(`${path} reads well without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const text = (await page.locator('main').innerText()).trim();
    expect(text.split(/\s+/).length).toBeGreaterThan(40);
    await expect(page.locator(`.crisis a[href="${tel('emergency-911')}"]`)).toBeVisible();
    // The quick exit is a real link, so it works with no script at all.
    await expect(page.locator('a[data-quick-exit]')).toHaveAttribute('href', EXIT);
  });
}
