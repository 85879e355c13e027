import { describe, expect, it } from 'vitest';
import { breathingFindings, sentences } from './breathing-check';

const en = (text: string) => breathingFindings('x.mdx', [text], 1, 'en');
const es = (text: string) => breathingFindings('x.mdx', [text], 1, 'es');

describe('"breathing normally" in English', () => {
  it.each([
    'Once they are breathing, roll them onto their side.',
    'Breathing? Roll them on their side. Stay: naloxone can wear off.',
    'Roll them on their side once they breathe again.',
    'Keep doing CPR until they are breathing, then stop CPR.',
    'If they are breathing, they need no more naloxone.',
    'Once breathing: on their side, stay.',
    '  - "If breathing has not come back in 2 to 3 minutes, give another dose. Once they breathe, put them in the recovery position."',
    'She took a deep, ragged breath, and I rolled her onto her side.',
  ])('fails: %s', (line) => {
    expect(en(line)).toEqual([expect.objectContaining({ rule: 'breathing-normally', severity: 'error', line: 1 })]);
  });
  it.each([
    'Once they are breathing normally, roll them onto their side.',
    'Breathing normally? Roll them on their side. Stay.',
    'Gasping is not breathing: keep doing CPR.',
    'If their breathing slows, gets noisy or stops again, give another dose and start CPR again.',
    'Lay them on their back.',
    'The amount you used to take can stop your breathing.',
    'Opioids slow breathing. Roll them onto their side once they are breathing normally again.',
  ])('passes: %s', (line) => {
    expect(en(line)).toEqual([]);
  });
  it('reads tags and links as their words, and names the line', () => {
    const f = breathingFindings('a.mdx', ['intro', '<strong>Once they are breathing</strong>, roll them onto [their side](/guides/x/).'], 10, 'en');
    expect(f).toEqual([expect.objectContaining({ file: 'a.mdx', line: 11 })]);
    expect(f[0]!.message).toMatch(/breathing NORMALLY/);
  });
});

describe('"respira con normalidad" in Spanish', () => {
  it.each([
    'Cuando ya respire, ponga a la persona de lado.',
    '¿Ya respira? Póngala de lado. Quédese.',
    'Si respira, ya no hace falta otra dosis.',
    'Cuando vuelva a respirar, póngala en la posición de recuperación.',
    'Si empieza a respirar, deje de hacer la RCP.',
  ])('fails: %s', (line) => {
    expect(es(line)).toEqual([expect.objectContaining({ rule: 'breathing-normally', severity: 'error' })]);
  });
  it.each([
    'Cuando ya respire con normalidad, póngala de lado.',
    '¿Respira con normalidad? Póngala de lado.',
    'Cuando respire normalmente, póngala en la posición de recuperación.',
    'Boquear no es respirar: siga con la RCP.',
    'Si su respiración se vuelve lenta otra vez o se detiene, dé otra dosis.',
  ])('passes: %s', (line) => {
    expect(es(line)).toEqual([]);
  });
});

describe('what is not a sentence', () => {
  it('leaves frontmatter word lists alone', () => {
    expect(en('searchAliases: ["not breathing", "recovery position", "on their side"]')).toEqual([]);
    expect(en('inShort: ["Once they breathe, roll them on their side."]')).toHaveLength(1);
  });
});

describe('sentences', () => {
  it('keeps a question with the step that answers it', () => {
    expect(sentences('Breathing? Roll them. Stay!  Then wait.')).toEqual(['Breathing? Roll them.', 'Stay!', 'Then wait.']);
  });
});
