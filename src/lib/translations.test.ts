import { describe, expect, it } from 'vitest';
import { englishHash, isOutdated, outdatedMessage } from './translations';

describe('translation hashes', () => {
  it('is 12 hex digits, the same for the same text whatever the line endings', () => {
    expect(englishHash('a\nb\n')).toMatch(/^[0-9a-f]{12}$/);
    expect(englishHash('a\r\nb\r\n')).toBe(englishHash('a\nb\n'));
    expect(englishHash('a\nb\n')).not.toBe(englishHash('a\nc\n'));
  });
  it('calls a translation outdated when the English text changed, naming both files', () => {
    const state = { file: 'content/es/guides/naloxona.mdx', englishFile: 'content/guides/naloxone.mdx', recorded: englishHash('old'), current: englishHash('new') };
    expect(isOutdated(state)).toBe(true);
    expect(isOutdated({ ...state, current: state.recorded })).toBe(false);
    expect(outdatedMessage(state)).toContain('content/es/guides/naloxona.mdx');
    expect(outdatedMessage(state)).toContain('content/guides/naloxone.mdx');
    expect(outdatedMessage(state)).toContain('npm run translations:stamp -- content/es/guides/naloxona.mdx');
  });
});
