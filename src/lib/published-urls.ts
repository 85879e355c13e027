// Links that never break: every URL the site has published stays reachable. Pure.
import { pageKey } from './link-check';

export function parseList(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

export interface PublishedProblems { gone: string[]; unlisted: string[] }

/** `built` holds every page and redirect address in the built site. */
export function checkPublished(listed: readonly string[], built: ReadonlySet<string>): PublishedProblems {
  const keys = new Set([...built].map(pageKey));
  const listedKeys = new Set(listed.map(pageKey));
  return {
    gone: listed.filter((u) => !keys.has(pageKey(u))),
    unlisted: [...keys].filter((k) => !listedKeys.has(k)).sort(),
  };
}

export function mergeList(text: string, built: ReadonlySet<string>): string {
  const header = text.split('\n').filter((l) => l.startsWith('#'));
  const urls = new Set([...parseList(text), ...[...built].map(pageKey)]);
  return [...header, ...[...urls].sort()].join('\n') + '\n';
}
