// "Listen to this page" (issue 14): reads the article aloud with the phone's own voice.
// Chromium here has no speech voices, so the Web Speech API is replaced by a recorder.
import { test, expect, type Page } from '@playwright/test';
import { EXIT } from './site-facts';

function stubSpeech() {
  const w = window as unknown as Record<string, unknown>;
  const spoken: { text: string; voice?: string; lang: string }[] = [];
  const calls: string[] = [];
  let current: { onend?: (() => void) | null } | null = null;
  w.__spoken = spoken;
  w.__calls = calls;
  w.__end = () => { const u = current; current = null; u?.onend?.(); };
  w.SpeechSynthesisUtterance = class { text: string; lang = ''; voice: { name: string } | null = null; onend: (() => void) | null = null; constructor(t: string) { this.text = t; } };
  const synth = {
    getVoices: () => [
      { name: 'Cloud voice', lang: 'en-US', localService: false, default: true },
      { name: 'Phone voice', lang: 'en-US', localService: true, default: false },
    ],
    speak(u: { text: string; voice?: { name: string } | null; lang: string }) { spoken.push({ text: u.text, voice: u.voice?.name, lang: u.lang }); current = u as never; calls.push('speak'); },
    pause() { calls.push('pause'); },
    resume() { calls.push('resume'); },
    cancel() { current = null; calls.push('cancel'); },
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; voice?: string; lang: string }[] }).__spoken);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: string[] }).__calls);
const end = (page: Page) => page.evaluate(() => (window as unknown as { __end: () => void }).__end());

test('reads the title, summary, In short and body in order, with a local voice, and never the sources', async ({ page }) => {
  await page.addInitScript(stubSpeech);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto('/guides/naloxone/');
  const listen = page.getByRole('button', { name: 'Listen' });
  await expect(listen).toBeVisible();
  expect(fetched.some((u) => u.includes('listen-reader'))).toBe(false); // its code loads on the tap

  await listen.click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  expect(fetched.some((u) => u.includes('listen-reader'))).toBe(true);
  const [first] = await spoken(page);
  expect(first).toEqual({ text: 'How do I spot an overdose and use naloxone?', voice: 'Phone voice', lang: 'en' });
  await expect(page.locator('h1')).toHaveClass(/listen-reading/);

  for (let i = 0; i < 400 && (await page.locator('listen-aloud').getAttribute('data-state')) !== 'idle'; i++) await end(page);
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts[1]).toBe(await page.locator('[data-summary]').innerText());
  // The overdose steps (shown first on this page) are read, then In short, then the body.
  const steps = texts.indexOf("If someone won't wake up or isn't breathing normally");
  expect(steps).toBe(2);
  expect(texts[3]).toMatch(/^Call 911 now/);
  expect(texts.indexOf('In short')).toBeGreaterThan(steps);
  expect(texts.indexOf('Where can I get naloxone?')).toBeGreaterThan(texts.indexOf('In short'));
  expect(texts.join(' ')).not.toMatch(/\[\d+\]/);
  expect(texts).not.toContain('Sources');
  const firstSource = await page.locator('.sources li').first().innerText();
  expect(texts.some((t) => firstSource.startsWith(t.slice(0, 30)))).toBe(false);
  await expect(page.locator('.listen-reading')).toHaveCount(0);
  await expect(page.locator('[data-listen-status]')).toHaveText('Finished reading.');
});

test('pauses, resumes and stops; the quick exit and leaving the page stop the voice', async ({ page, context }) => {
  await page.addInitScript(stubSpeech);
  await page.goto('/warning-signs/overdose-signs/');
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  expect(await calls(page)).toEqual(['cancel', 'speak', 'pause', 'resume', 'cancel']);
  await expect(page.getByRole('button', { name: 'Listen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeHidden();

  // Start again, then the quick exit: the voice stops before the page goes.
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(async () => (await calls(page)).filter((c) => c === 'speak').length).toBe(2);
  await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  let cancelledOnExit = false;
  await page.exposeFunction('reportCancel', () => { cancelledOnExit = true; });
  await page.evaluate(() => {
    const synth = (window as unknown as { speechSynthesis: { cancel: () => void } }).speechSynthesis;
    const cancel = synth.cancel.bind(synth);
    synth.cancel = () => { (window as unknown as { reportCancel: () => void }).reportCancel(); cancel(); };
  });
  await page.locator('body').press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await expect.poll(() => cancelledOnExit).toBe(true);
  await expect(page).toHaveURL(/weather\.gov/);
});

test('a phone with only cloud voices reads nothing and says why', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const spoken: string[] = [];
    w.__spoken = spoken;
    w.SpeechSynthesisUtterance = class { constructor(public text: string) {} };
    Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [{ name: 'Cloud', lang: 'en-US', localService: false, default: true }], speak: (u: { text: string }) => spoken.push(u.text), cancel() {}, addEventListener() {} } });
  });
  await page.goto('/guides/naltrexone/');
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect(page.locator('[data-listen-status]')).toHaveText(/no built-in voice for this language/);
  expect(await page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toEqual([]);
});

test('there is no Listen button where the browser has no speech, or JavaScript is off', async ({ page, browser }) => {
  await page.addInitScript(() => { delete (window as unknown as Record<string, unknown>).speechSynthesis; });
  await page.goto('/guides/naloxone/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('listen-aloud')).toBeHidden();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  await p2.goto('/guides/naloxone/');
  await expect(p2.locator('listen-aloud')).toBeHidden();
  await noJs.close();
});

test('the Listen button appears without moving the page', async ({ page }) => {
  await page.addInitScript(stubSpeech);
  await page.goto('/guides/methadone-restart/');
  const cls = await page.evaluate(() => new Promise<number>((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) total += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 500);
  }));
  expect(cls).toBeLessThan(0.01);
});

test('leaving the page stops the voice', async ({ page }) => {
  await page.addInitScript(stubSpeech);
  await page.goto('/guides/naltrexone/');
  await page.getByRole('button', { name: 'Listen' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
  expect((await calls(page)).at(-1)).toBe('cancel');
  await expect(page.locator('listen-aloud')).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('.listen-reading')).toHaveCount(0);
});
