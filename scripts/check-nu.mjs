// The W3C Nu HTML checker (vnu-jar) over every built page: `npm run check:nu [dir]`.
// It catches what html-validate lets through (a <script> after </html>, a skipped heading
// level, a <style> where the HTML spec allows none). CSS messages are left out: the checker's
// CSS grammar predates @property and margin-trim. Needs Java: installs Debian's
// default-jre-headless when running as root with apt, else prints the command to run.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

export function ensureJava() {
  if (hasJava()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Java found: installing Debian's default-jre-headless for the Nu HTML checker…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless', { stdio: 'inherit' });
    if (hasJava()) return;
  }
  throw new Error('The Nu HTML checker needs Java. Install it with:\n\n  sudo apt-get install -y default-jre-headless\n');
}

/** Runs the checker on a folder; returns its errors as "page:line: message", CSS left out. */
export function nuCheck(dir) {
  ensureJava();
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const run = spawnSync('java', ['-Xss1024k', '-jar', jar, '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  const json = (run.stderr || run.stdout).trim();
  let messages;
  try {
    messages = JSON.parse(json).messages;
  } catch {
    throw new Error(`The Nu HTML checker did not answer in JSON:\n${json.slice(0, 2000)}`);
  }
  return messages
    // Errors only: its warnings are about the meta CSP, which it cannot evaluate (the browser
    // tests check for real CSP violations on every page).
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .filter((m) => !/^CSS:/.test(m.message))
    .map((m) => `${relative(process.cwd(), new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const dir = process.argv[2] ?? 'dist';
  const found = nuCheck(dir);
  for (const f of found) console.log(f);
  console.log(`\nNu HTML checker: ${found.length} problem${found.length === 1 ? '' : 's'} in ${dir} (CSS messages left out)`);
  process.exit(found.length ? 1 : 0);
}

