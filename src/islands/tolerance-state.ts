// The tolerance explainer's state, with no words in it: the only part of the model that the
// browser loads (tolerance-upgrade.ts imports it). It lives apart from the texts
// (tolerance-text.ts) so that the browser bundle can never pull in either language's prose:
// the bundler keeps a module's top-level property reads, so it could not be trusted to drop a
// text table that sat beside these functions. tolerance-model.ts re-exports all of it.

export type SituationId = 'prison' | 'treatment' | 'moud' | 'naltrexone' | 'own';

/** A state's tokens: its situation. (The picture has no other control.) */
export function stateTokens(id: string): string[] {
  return [id];
}

/** A variant shows when every token of its `when` is one of the state's tokens. */
export function matches(when: string, tokens: readonly string[]): boolean {
  return when.split(' ').every((t) => tokens.includes(t));
}
