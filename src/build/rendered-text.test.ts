import { describe, expect, it } from 'vitest';
import { pageLang, renderedLines, renderedSafetyFindings } from './rendered-text';

const page = (lang: string, main: string) => `<!doctype html><html lang="${lang}"><head><title>x</title><style>p{color:red}</style></head><body><main>${main}</main><script>var x = "take 8 mg";</script></body></html>`;

describe('the words a reader sees on a built page', () => {
  it('reads blocks as lines, without code, the sources list or the clinician section', () => {
    const lines = renderedLines(page('en', '<h1>Help</h1><p>Call <a href="tel:911">911</a>&nbsp;now &amp; stay.</p><ul><li>One</li><li>Two</li></ul><section class="sources"><ol><li>NARCAN 4 mg label</li></ol></section><section class="clinicians" data-for-clinicians><p>Start at 2 mg.</p></section>'));
    expect(lines).toEqual(['Help', 'Call 911 now & stay.', 'One', 'Two']);
  });

  it('knows the page language from <html lang>', () => {
    expect(pageLang(page('es', ''))).toBe('es');
    expect(pageLang(page('fr', ''))).toBe('en');
  });

  it('finds the safety phrasings in the page language, and in English patterns on every page', () => {
    expect(renderedSafetyFindings('/es/x/', page('es', '<ol><li>Dé otra dosis hasta que despierte.</li></ol>')).map((f) => f.rule)).toEqual(['redose-until-awake']);
    expect(renderedSafetyFindings('/es/x/', page('es', '<p>La tolerancia se pierde en 3 días.</p>')).map((f) => f.rule)).toEqual(['tolerance-days']);
    expect(renderedSafetyFindings('/x/', page('en', '<p>Keep giving naloxone until they wake up.</p>')).map((f) => f.rule)).toEqual(['redose-until-awake']);
    expect(renderedSafetyFindings('/x/', page('en', '<p>Take 8 mg to start.</p>')).map((f) => f.rule)).toEqual(['dose-instruction']);
    expect(renderedSafetyFindings('/x/', page('en', '<p>Call <a href="tel:18004684357">1-800-468-4357</a>.</p><p>Another dose if breathing has not come back after 2 to 3 minutes.</p>'))).toEqual([]);
  });
});
