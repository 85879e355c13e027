// What the tests check against comes from where the site gets it: the exit address from
// src/lib/site.ts, phone numbers from content/helplines.yaml. Nothing typed twice.
import { EXIT_URL } from '../src/lib/site';
import { telHref } from '../src/lib/schemas';
import { crisisBarLines } from '../src/lib/helplines';
import { readYamlMap } from '../src/lib/yaml-data';

const lines = readYamlMap('content/helplines.yaml') as Record<string, { number: string; crisisBar?: number }>;

export const EXIT = EXIT_URL;
/** The tap-to-call link of a helpline, e.g. tel('never-use-alone'). */
export function tel(id: string): string {
  const line = lines[id];
  if (!line) throw new Error(`no helpline "${id}" in content/helplines.yaml`);
  return telHref(line.number);
}
/** The crisis bar's tap-to-call links, in order. */
export const CRISIS_BAR_TELS = crisisBarLines(Object.entries(lines).map(([id, data]) => ({ id, data }))).map((h) => telHref(h.data.number));
