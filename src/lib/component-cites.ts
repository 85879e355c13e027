// The sources a component cites, in the order it cites them, read from its own file: a page
// that shows the component lists them first, so its sources and the component's never drift.
import { readFileSync } from 'node:fs';
import { citesIn } from './citations';

export function citedBy(component: string): string[] {
  return citesIn(readFileSync(`src/components/${component}.astro`, 'utf8'));
}
