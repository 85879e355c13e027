import { describe, expect, it } from 'vitest';
import { crisisBarLines, spanishWay } from './helplines';
import { readYamlMap } from './yaml-data';
import { helplineSchema } from './schemas';

describe('helplines', () => {
  it('orders the crisis bar by its position field and leaves the rest out', () => {
    const lines = crisisBarLines([
      { id: 'b', data: { crisisBar: 2 } },
      { id: 'x', data: {} },
      { id: 'a', data: { crisisBar: 1 } },
    ]);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('says in Spanish how to reach a Spanish speaker', () => {
    expect(spanishWay({ press: '2', textKeyword: 'AYUDA' })).toBe('marque 2 para español, o envíe AYUDA por texto');
    expect(spanishWay({ press: '2' })).toBe('marque 2 para español');
    expect(spanishWay({})).toBe('también en español');
  });

  it('records the Spanish options of 988 and SAMHSA, checked against their own pages', () => {
    const data = readYamlMap('content/helplines.yaml') as Record<string, unknown>;
    const lifeline = helplineSchema.parse(data['lifeline-988']);
    expect(lifeline.es?.spanish).toMatchObject({ press: '2', textKeyword: 'AYUDA' });
    expect(lifeline.es?.spanish?.checkedAt).toMatch(/^https:\/\/988lifeline\.org\//);
    const samhsa = helplineSchema.parse(data['samhsa-helpline']);
    expect(samhsa.es?.spanish?.checkedAt).toMatch(/^https:\/\/www\.samhsa\.gov\//);
    // Every line on the crisis bar has its Spanish name.
    for (const [id, raw] of Object.entries(data)) {
      const line = helplineSchema.parse(raw);
      if (line.crisisBar) expect(line.es?.shortName, id).toBeTruthy();
    }
  });

  it('refuses a Spanish option without the page it was checked against', () => {
    const data = readYamlMap('content/helplines.yaml') as Record<string, Record<string, unknown>>;
    const broken = structuredClone(data['lifeline-988']!) as { es: { spanish: Record<string, unknown> } };
    delete broken.es.spanish.checkedAt;
    const result = helplineSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('es.spanish.checkedAt');
  });
});
