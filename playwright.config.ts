import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser.mjs';

const executablePath: string | undefined = findChromium({ headlessShell: true }) ?? undefined;
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    // The site installs a service worker on any secure context, localhost included, and it
    // precaches about 500 KB: in every fresh test context that cost more than the test. Only
    // offline.spec.ts, which tests the worker, lets it in.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      // Keep the browser off the network: no background calls home.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `npx astro preview --port ${PORT} --host localhost`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
