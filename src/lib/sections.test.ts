import { expect, test } from 'vitest';
import { wordCount } from './sections';

test('counts the words a reader reads, not tags, link targets or the clinicians\' section', () => {
  expect(wordCount('## Can I go back?\n\nYes <Cite id="x" />. See [the guide](/guides/x/).\n\n<ForClinicians>\nMany technical words here.\n</ForClinicians>')).toBe(8);
  expect(wordCount('¿Qué puedo hacer ahora? — Llame.')).toBe(5);
});
