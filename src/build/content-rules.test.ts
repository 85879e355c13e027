import { describe, expect, it } from 'vitest';
import { LANGUAGE_RULES } from './content-rules';
import { proseLines } from './content-checks';

const prose = (text: string) => proseLines(text, 10);
const check = (lang: 'en' | 'es', text: string) =>
  [LANGUAGE_RULES[lang].words, LANGUAGE_RULES[lang].phrasings].flatMap((rule) => rule({ file: 'f.mdx', prose: prose(text), rawLines: text.split('\n'), written: text.split('\n'), firstLine: 10 })).map((f) => f.rule);

describe('content rules keyed by language', () => {
  it('scores English by grade and Spanish by ease, each held to its own limit', () => {
    const hardEn = 'Pharmacological interventions necessitate individualized, comprehensive, interdisciplinary consideration of physiological, psychological, and sociological determinants, particularly regarding considerable variability.';
    const en = LANGUAGE_RULES.en.reading(prose(hardEn));
    expect(en.shown).toMatch(/^grade \d/);
    expect(LANGUAGE_RULES.en.pageTooHard('f.mdx', 10, en)?.message).toMatch(/reading level is grade .* \(limit 9\)/);
    expect(LANGUAGE_RULES.en.pageTooHard('f.mdx', 10, LANGUAGE_RULES.en.reading(prose('Carry naloxone. Do not use alone. Go slow.')))).toBeNull();

    const hardEs = 'Las intervenciones farmacológicas individualizadas necesitan consideraciones interdisciplinarias exhaustivas de determinantes fisiológicos, psicológicos y sociológicos, particularmente considerando variabilidades considerables.';
    const es = LANGUAGE_RULES.es.reading(prose(hardEs));
    expect(es.shown).toMatch(/^ease -?\d.* \(.+\)$/);
    expect(LANGUAGE_RULES.es.pageTooHard('f.mdx', 10, es)?.message).toMatch(/Fernández-Huerta/);
    expect(LANGUAGE_RULES.es.pageTooHard('f.mdx', 10, LANGUAGE_RULES.es.reading(prose('Lleve naloxona. No consuma a solas. Vaya despacio.')))).toBeNull();
  });

  it('holds the middle Spanish page to "bastante fácil"; English sets no median', () => {
    expect(LANGUAGE_RULES.es.medianTooHard('content', [50, 65, 72])?.file).toBe('content/es');
    expect(LANGUAGE_RULES.es.medianTooHard('content', [65, 72, 80])).toBeNull();
    expect(LANGUAGE_RULES.es.medianTooHard('content', [])).toBeNull();
    expect(LANGUAGE_RULES.en.medianTooHard('content', [12, 13])).toBeNull();
  });

  it("checks each language's own word list and phrasings, not another's", () => {
    expect(check('en', 'He was an addict.')).toEqual(['words-matter']);
    expect(check('en', 'Era adicto.')).toEqual([]);
    expect(check('es', 'Era adicto.')).toEqual(['words-matter']);
    expect(check('es', 'Dé naloxona hasta que despierte.')).toEqual(['redose-until-awake']);
    expect(check('es', 'La tolerancia se pierde en 3 días.')).toEqual(['tolerance-days']);
  });
});
