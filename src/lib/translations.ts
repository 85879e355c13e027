// Which English text a translation was made from. A translated page records `englishHash`, the
// first 12 hex digits of SHA-256 over its English page's file (line endings normalised). When
// the English page changes, the hashes differ: the build warns, naming both files, and the
// translated page tells its readers that the English page is newer.
import { createHash } from 'node:crypto';

export function englishHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
}

export interface TranslationState { file: string; englishFile: string; recorded: string; current: string }

/** True when the English page changed after the translation was made. */
export function isOutdated(state: Pick<TranslationState, 'recorded' | 'current'>): boolean {
  return state.recorded !== state.current;
}

export function outdatedMessage(s: TranslationState): string {
  return `${s.file}: translates ${s.englishFile}, which has changed since (englishHash ${s.recorded}, now ${s.current}). Update the translation, then run \`npm run translations:stamp -- ${s.file}\`.`;
}
