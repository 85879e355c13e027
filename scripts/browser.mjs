// Which Chromium drives the browser tests and the benchmark. No test ever downloads a browser.
// The tests prefer Chromium's headless shell (Debian's chromium-headless-shell): it renders the
// same pages with the same engine, without the desktop browser around it, and the browser
// tests take half the time here (3.2 min against 6.1 min, every test the same).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
export const SYSTEM_HEADLESS_SHELL = ['/usr/bin/chromium-headless-shell'];

function playwrightsOwn() {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright's browser is not installed */
  }
  return null;
}

/**
 * A Chromium binary: CHROMIUM_PATH if set, else (with `headlessShell`, for the tests) the system
 * headless shell, else Playwright's own, else the system Chromium. Lighthouse wants a full
 * Chromium, so the benchmark asks without `headlessShell`.
 */
export function findChromium({ headlessShell = false } = {}) {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const shell = headlessShell ? SYSTEM_HEADLESS_SHELL.find((p) => existsSync(p)) : undefined;
  return shell ?? playwrightsOwn() ?? SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null;
}
