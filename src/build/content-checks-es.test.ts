import { describe, expect, it } from 'vitest';
import {
  DOSE_TO_READER_ES, REDOSE_UNTIL_AWAKE_ES, TOLERANCE_DAYS_ES, easeLabel, median, redoseFindingsEs, safetyFindingsEs, spanishEase,
  spanishSyllables, stigmaFindingsEs,
} from './content-checks-es';
import { proseLines } from './content-checks';

const lines = (text: string) => proseLines(text, 1);

describe('Spanish reading ease (Fernández-Huerta)', () => {
  it('counts Spanish syllables, hiatus and accents included', () => {
    expect(spanishSyllables('naloxona')).toBe(4);
    expect(spanishSyllables('recaída')).toBe(4);
    expect(spanishSyllables('país')).toBe(2);
    expect(spanishSyllables('RCP')).toBe(1);
  });
  it('scores short, plain sentences as easier than long, technical ones', () => {
    const easy = spanishEase(lines('Lleve naloxona. No consuma solo. Pida ayuda. Llame al 911 si no respira.'));
    const hard = spanishEase(lines('La administración intranasal de antagonistas opioides constituye una intervención farmacológica fundamental para revertir la depresión respiratoria inducida por agonistas completos de los receptores.'));
    expect(easy.ease).toBeGreaterThan(80);
    expect(hard.ease).toBeLessThan(40);
    expect(easeLabel(easy.ease)).toMatch(/fácil/);
    expect(easeLabel(hard.ease)).toMatch(/difícil/);
  });
  it('leaves the clinicians\' section out of the score', () => {
    const text = 'Lleve naloxona.\n<ForClinicians>\nLa farmacocinética de la buprenorfina sublingual presenta una biodisponibilidad variable e interindividualmente heterogénea.\n</ForClinicians>';
    expect(spanishEase(lines(text)).sentences).toBe(1);
  });
  it('takes the median of an even and an odd list', () => {
    expect(median([60, 80, 70])).toBe(70);
    expect(median([60, 70, 80, 90])).toBe(75);
  });
});

describe('Spanish words that matter', () => {
  const find = (text: string, raw: string[] = [text]) => stigmaFindingsEs('x.mdx', lines(text), raw).map((f) => f.message.split('"')[1]);
  it('flags stigmatising words as whole words, any case', () => {
    expect(find('Su hermano es un adicto.')).toEqual(['adicto']);
    expect(find('Dio un resultado limpio.')).toEqual(['limpio']);
    expect(find('Un programa de abuso de sustancias.')).toEqual(['abuso de sustancias']);
    expect(find('Los Yonquis del barrio.')).toEqual(['yonquis']);
    // Part of another word is not the word.
    expect(find('La adicción se trata.')).toEqual([]);
  });
  it('flags "seguro" about an amount, not insurance or "más seguro"', () => {
    expect(find('Esta es una cantidad segura.')).toEqual(['segura']);
    expect(find('No hay una cantidad segura.')).toEqual([]);
    expect(find('Es seguro consumir un poco.')).toEqual(['seguro']);
    expect(find('Es más seguro no consumir solo.')).toEqual([]);
    expect(find('¿Aceptan mi seguro? ¿Cuánto cuesta sin seguro?')).toEqual([]);
    expect(find('Ninguna forma de consumir es segura.')).toEqual([]);
  });
  it('accepts the allow marker on the line', () => {
    const raw = ['{/* allow-words: adicto */} Nunca decimos adicto.'];
    expect(stigmaFindingsEs('x.mdx', [{ line: 1, text: 'Nunca decimos adicto.', clinician: false }], raw)).toEqual([]);
  });
});

describe('Spanish safety phrasings', () => {
  it('fails a number of days in which tolerance is lost', () => {
    expect(TOLERANCE_DAYS_ES.test('La tolerancia se pierde en 3 días.')).toBe(true);
    expect(TOLERANCE_DAYS_ES.test('Después de dos semanas, la tolerancia baja mucho.')).toBe(true);
    expect(TOLERANCE_DAYS_ES.test('Nadie sabe qué tan rápido baja la tolerancia.')).toBe(false);
    expect(TOLERANCE_DAYS_ES.test('Las primeras 2 semanas después de salir de prisión son las de más muertes.')).toBe(false);
  });
  it('fails an amount for the reader to take', () => {
    expect(DOSE_TO_READER_ES.test('Empiece con 2 mg de buprenorfina.')).toBe(true);
    expect(DOSE_TO_READER_ES.test('Tome 8 mg.')).toBe(true);
    expect(DOSE_TO_READER_ES.test('Quien le receta decide la dosis.')).toBe(false);
  });
  it('fails dosing naloxone "until they wake"', () => {
    expect(REDOSE_UNTIL_AWAKE_ES.test('Siga dando naloxona hasta que despierte.')).toBe(true);
    expect(REDOSE_UNTIL_AWAKE_ES.test('Dé otra dosis hasta que la persona responda.')).toBe(true);
    expect(REDOSE_UNTIL_AWAKE_ES.test('Quédese con la persona hasta que llegue la ayuda.')).toBe(false);
    expect(redoseFindingsEs('x.mdx', ['a', 'hasta que despierte'], 10)[0]?.line).toBe(11);
  });
  it('names the file and line of each finding', () => {
    const found = safetyFindingsEs('content/es/guides/x.mdx', [{ line: 7, text: 'La tolerancia se pierde en 3 días.', clinician: false }]);
    expect(found).toEqual([expect.objectContaining({ file: 'content/es/guides/x.mdx', line: 7, rule: 'tolerance-days', severity: 'error' })]);
  });
});
