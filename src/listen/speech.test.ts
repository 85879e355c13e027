import { describe, expect, it } from 'vitest';
import { pickVoice, speakable } from './speech';

const v = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });

describe('pickVoice', () => {
  it('uses only voices that run on the device', () => {
    expect(pickVoice([v('Cloud', 'en-US', false, true)], 'en')).toBeNull();
    expect(pickVoice([v('Cloud', 'en-US', false, true), v('Phone', 'en-GB', true)], 'en')?.name).toBe('Phone');
  });
  it('matches the page language, preferring the exact region and the default voice', () => {
    const voices = [v('Spanish', 'es-US', true), v('UK', 'en-GB', true), v('US', 'en-US', true), v('US default', 'en_US', true, true)];
    expect(pickVoice(voices, 'en-US')?.name).toBe('US default');
    expect(pickVoice(voices, 'es')?.name).toBe('Spanish');
    expect(pickVoice(voices, 'fr')).toBeNull();
  });
});

describe('speakable', () => {
  it('drops citation numbers and folds white space', () => {
    expect(speakable('Naloxone can wear off [3] [12].\n  Stay with them.')).toBe('Naloxone can wear off. Stay with them.');
  });
});
