// Prints the content layer's index (src/pages/content-index.json.ts) as JSON on stdout, from a
// dev server started and stopped here. Run by src/build/content-layer.ts in its own process:
// a dev server inside another Vite-based tool (Vitest) does not route pages.
import { dev } from 'astro';

let server;
try {
  server = await dev({ root: process.cwd(), logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
} catch (e) {
  // A schema error stops the content sync: Astro's message names the entry and the field.
  const file = e?.loc?.file ? `\n  in ${e.loc.file}` : '';
  process.stderr.write(`${String(e?.message ?? e).replace(/\*\*/g, '')}${file}\n`);
  process.exit(1);
}
let failed = false;
try {
  const res = await fetch(`http://127.0.0.1:${server.address.port}/content-index.json`);
  const text = await res.text();
  if (res.ok) await new Promise((done) => process.stdout.write(text, done));
  else {
    failed = true;
    process.stderr.write(`The content layer refused the content (HTTP ${res.status}):\n${text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 3000)}\n`);
  }
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
