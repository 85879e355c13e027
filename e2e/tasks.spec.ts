// Readers' tasks on a 360×640 phone (issue 25): each starts on the home page, taps at most
// twice, and must then find the heading that answers it on screen, no further down its page
// than the first two screens or one tap from the page's contents list. After scrolling to the
// end of every guide, 911 and "Exit this page" are still on screen.
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from './pages';
import { EXIT, tel } from './site-facts';

const W = 360;
const H = 640;
test.use({ viewport: { width: W, height: H }, isMobile: true, hasTouch: true });

interface Task {
  who: string;
  task: string;
  home: '/' | '/es/';
  /** The links tapped, by their accessible names, in order (at most two). */
  taps: (string | RegExp)[];
  /** The heading that answers the task. */
  answer: string | RegExp;
}

const TASKS: Task[] = [
  // A woman released from jail yesterday (used fentanyl daily before six months inside).
  { who: 'just released', task: 'what do I do this week?', home: '/', taps: ['Just out of jail, detox or the hospital?'], answer: 'What can I do now?' },
  { who: 'just released', task: 'where can I get buprenorphine quickly, with no prescriber?', home: '/', taps: ['Buprenorphine this week, even with no prescriber', /can.t reach my prescriber, or don.t have one/], answer: /^What if I can.t reach my prescriber, or don.t have one\?$/ },
  { who: 'just released', task: 'how do I get naloxone when I get out?', home: '/', taps: ['Just out of jail, detox or the hospital?', 'How do I get naloxone when I get out?'], answer: 'How do I get naloxone when I get out?' },
  // A Spanish-speaking mother whose son overdosed last month.
  { who: 'madre', task: '¿qué hago esta semana después de la sobredosis de mi hijo?', home: '/es/', taps: ['Alguien sobrevivió a una sobredosis'], answer: '¿Qué puedo hacer ahora?' },
  { who: 'madre', task: '¿cómo encuentro tratamiento para él?', home: '/es/', taps: [/^Pedir ayuda$/, 'Encontrar tratamiento'], answer: '¿Cómo encuentro tratamiento cerca de mí?' },
  { who: 'madre', task: '¿qué cambios puedo notar como familia?', home: '/es/', taps: ['¿Le preocupa alguien que quiere?'], answer: '¿Qué cambios tempranos puedo notar?' },
  // A man on methadone who missed five days of clinic after his car broke down.
  { who: 'missed methadone', task: 'do five missed days count as several?', home: '/', taps: ['Missed methadone doses?', /How many missed days is .several./], answer: /^How many missed days is .several.\?$/ },
  { who: 'missed methadone', task: 'I am dope sick right now', home: '/', taps: ['Missed methadone doses?', /dope sick right now/], answer: /^What if I.m dope sick right now\?$/ },
  { who: 'missed methadone', task: 'I cannot get to the clinic', home: '/', taps: ['Missed methadone doses?', /can.t get to the clinic/], answer: /^What if I can.t get to the clinic\?$/ },
  // More readers.
  { who: 'someone is overdosing', task: 'what do I do right now?', home: '/', taps: ['give naloxone'], answer: /^If someone won.t wake up or isn.t breathing normally$/ },
  { who: 'alguien tiene una sobredosis', task: '¿qué hago ahora mismo?', home: '/es/', taps: ['dé naloxona'], answer: 'Si alguien no despierta o no respira con normalidad' },
  { who: 'sin metadona', task: '¿cuántos días sin dosis son varios?', home: '/es/', taps: ['¿Le faltaron dosis de metadona?', /Cuántos días sin dosis/], answer: /^¿Cuántos días sin dosis son .varios.\?$/ },
  { who: 'recién salida', task: '¿qué hago esta semana?', home: '/es/', taps: [/^¿Acaba de salir de la cárcel/], answer: '¿Qué puedo hacer ahora?' },
  { who: 'sin receta', task: '¿dónde consigo buprenorfina esta semana?', home: '/es/', taps: ['Buprenorfina esta semana, aunque no tenga quien se la recete'], answer: '¿Qué puedo hacer ahora?' },
  { who: 'survivor', task: 'I survived an overdose: what now?', home: '/', taps: ['Someone survived an overdose'], answer: 'What can I do now?' },
  { who: 'family', task: 'what signs should I watch for?', home: '/', taps: ['Worried about someone you love?'], answer: 'What early changes might I notice?' },
  { who: 'anyone', task: 'how do I find treatment near me?', home: '/', taps: [/^Get help$/, 'Find treatment'], answer: 'How do I find treatment near me?' },
];

/** The heading's top, in page pixels, and whether it sits on screen above the safety bar. */
async function onScreen(page: Page, name: string | RegExp) {
  const heading = page.getByRole('heading', { name, exact: typeof name === 'string' }).first();
  // Reached by a link to it, it is at the top of the screen; else the reader scrolls to it.
  if (!(await heading.evaluate((h) => { const b = h.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight - 64; }))) await heading.evaluate((h) => h.scrollIntoView({ block: 'center' }));
  await expect(heading).toBeInViewport();
  return heading.evaluate((h) => {
    const bar = document.querySelector('[data-safety-bar]')!.getBoundingClientRect();
    const box = h.getBoundingClientRect();
    return { pageTop: box.top + window.scrollY, clear: box.top >= 0 && box.bottom <= bar.top };
  });
}

for (const t of TASKS) {
  test(`${t.who}: ${t.task}`, async ({ page }) => {
    expect(t.taps.length, 'at most two taps').toBeLessThanOrEqual(2);
    await page.goto(t.home);
    for (const name of t.taps) await page.getByRole('link', { name, exact: typeof name === 'string' }).first().tap();
    const { pageTop, clear } = await onScreen(page, t.answer);
    expect(clear, 'the answer is not under the safety bar').toBe(true);
    // Reached straight from a page link: the answer sits in the first two screens; reached
    // through the contents list it is one tap away whatever its depth.
    const viaContents = page.url().includes('#');
    if (!viaContents) expect(pageTop, 'answer within the first two screens').toBeLessThanOrEqual(2 * H);
  });
}

test('every guide opens its answer within two screens, and keeps 911 and Exit on screen to its very end', async ({ page }) => {
  const guides = sitemapPaths().filter((p) => /^\/(es\/guias|guides)\/[^/]+\/$/.test(p));
  // Every guide, in both languages (the Spanish edition translates each one).
  expect(guides.filter((p) => p.startsWith('/es/')).length * 2).toBe(guides.length);
  test.setTimeout(20_000 + guides.length * 3_000);
  for (const path of guides) {
    await test.step(path, async () => {
      await page.goto(path);
      const es = path.startsWith('/es/');
      // The first answer: what to do now, or on an emergency page the overdose steps above it.
      const now = page.getByRole('heading', { name: es ? '¿Qué puedo hacer ahora?' : 'What can I do now?', exact: true });
      const answers = page.locator('[data-overdose-steps]').or(now);
      const top = Math.min(...(await answers.evaluateAll((els) => els.map((h) => h.getBoundingClientRect().top + window.scrollY))));
      expect.soft(top, `${path}: the first answer starts within two screens`).toBeLessThanOrEqual(2 * H);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const bar = page.locator('[data-safety-bar]');
      await expect.soft(bar.locator(`a[href="${tel('emergency-911')}"]`), `${path}: 911`).toBeInViewport();
      await expect.soft(bar.locator('a[data-quick-exit]'), `${path}: Exit`).toBeInViewport();
      // The end of the page is not hidden behind the bar.
      const covered = await page.evaluate(() => {
        const footer = document.querySelector('footer')!.getBoundingClientRect();
        return footer.bottom > document.querySelector('[data-safety-bar]')!.getBoundingClientRect().top + 1;
      });
      expect.soft(covered, `${path}: the footer's end sits above the bar`).toBe(false);
    });
  }
});

test('the safety bar: one row, full-size targets, Exit leaves at once, the contents link goes back to the list', async ({ page }) => {
  await page.goto('/guides/buprenorphine-restart/');
  const bar = page.locator('[data-safety-bar]');
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(H, 0);
  expect(box.height).toBeLessThanOrEqual(64);
  for (const a of await bar.locator('a').all()) {
    const b = (await a.boundingBox())!;
    expect(b.height, await a.innerText()).toBeGreaterThanOrEqual(44);
  }
  // Far down the page, "Contents" goes back to the list.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
  await bar.getByRole('link', { name: 'Contents' }).tap();
  await expect(page.getByRole('heading', { name: 'On this page' })).toBeInViewport();
  // From the keyboard too, the bar's Exit leaves at once, and Back does not return here.
  await page.context().route(`${EXIT}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }));
  await bar.locator('a[data-quick-exit]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(EXIT);
  await page.goBack().catch(() => undefined);
  expect(page.url()).not.toContain('/guides/buprenorphine-restart/');
});

for (const [width, height] of [[360, 640], [320, 568]] as const) {
  test(`the safety bar fits a ${width} px screen in both languages, on a long guide (with "Contents") and elsewhere`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const path of ['/guides/buprenorphine-restart/', '/es/guias/volver-a-la-buprenorfina/', '/es/ayuda/', '/']) {
      await page.goto(path);
      for (const a of await page.locator('[data-safety-bar] a').all()) {
        const b = (await a.boundingBox())!;
        expect(b.x, `${path}: ${await a.innerText()}`).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, `${path}: ${await a.innerText()}`).toBeLessThanOrEqual(width);
        expect(b.y + b.height, `${path}: ${await a.innerText()}`).toBeLessThanOrEqual(height);
      }
    }
  });
}

test('no safety bar on a wide screen, where the crisis bar lists every line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guides/naloxone/');
  await expect(page.locator('[data-safety-bar]')).toBeHidden();
});
