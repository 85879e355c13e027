// Makes sure a Chromium exists for the browser tests. Installs Debian's `chromium` when
// running as root with apt; otherwise prints the exact command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.mjs';

const found = findChromium();
if (found) {
  console.log(`Chromium for tests: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  const now = findChromium();
  if (now) {
    console.log(`Chromium for tests: ${now}`);
    process.exit(0);
  }
}
console.error('No Chromium found for the browser tests. Install one with:\n\n  sudo apt-get install -y chromium\n\n(or set CHROMIUM_PATH to a Chromium binary).');
process.exit(1);
