// Which Chromium the tests drive: Playwright's own if it is installed, else the system one.
// No test ever downloads a browser.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright's browser is not installed */
  }
  return SYSTEM_CHROMIUM.find((p) => existsSync(p)) ?? null;
}
