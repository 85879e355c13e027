// Makes sure a browser exists for the browser tests: Debian's chromium-headless-shell (the
// tests' choice: see browser.mjs), installed when running as root with apt. Without root, any
// Chromium found is used, and the command to install the headless shell is printed.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, SYSTEM_HEADLESS_SHELL } from './browser.mjs';

const hasShell = () => SYSTEM_HEADLESS_SHELL.some((p) => existsSync(p));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && !hasShell() && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("Installing Debian's chromium-headless-shell package for the browser tests…");
  try {
    execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell', { stdio: 'inherit' });
  } catch {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell', { stdio: 'inherit' });
  }
}
const found = findChromium({ headlessShell: true });
if (found) {
  console.log(`Chromium for tests: ${found}`);
  if (!hasShell() && !process.env.CHROMIUM_PATH) console.log('(The tests run about twice as fast in the headless shell: sudo apt-get install -y chromium-headless-shell)');
  process.exit(0);
}
console.error('No Chromium found for the browser tests. Install one with:\n\n  sudo apt-get install -y chromium-headless-shell\n\n(or set CHROMIUM_PATH to a Chromium binary).');
process.exit(1);
