import { describe, expect, it } from 'vitest';
import { pageLang, renderedLines, renderedFindings } from './rendered-text';

const page = (lang: string, main: string) => `<!doctype html><html lang="${lang}"><head><title>x</title><style>p{color:red}</style></head><body><main>${main}</main><script>var x = "take 8 mg";</script></body></html>`;

describe('the words a reader sees on a built page', () => {
  it('reads blocks as lines, without code, the sources list or the clinician section', () => {
    const lines = renderedLines(page('en', '<h1>Help</h1><p>Call <a href="tel:911">911</a>&nbsp;now &amp; stay.</p><ul><li>One</li><li>Two</li></ul><section class="sources"><ol><li>NARCAN 4 mg label</li></ol></section><section class="clinicians" data-for-clinicians><p>Start at 2 mg.</p></section><details class="clinicians" data-for-clinicians><summary><h2>For clinicians</h2></summary><p>Up to 24 mg.</p></details>'));
    expect(lines).toEqual(['Help', 'Call 911 now & stay.', 'One', 'Two']);
  });

  it('knows the page language from <html lang>', () => {
    expect(pageLang(page('es', ''))).toBe('es');
    expect(pageLang(page('fr', ''))).toBe('en');
  });

  it("holds the page's words to its language's list, except words an element quotes on purpose", () => {
    expect(renderedFindings('/x/', page('en', '<p>Some people are addicts.</p>')).map((f) => f.rule)).toEqual(['words-matter']);
    expect(renderedFindings('/es/x/', page('es', '<p>Era un yonqui.</p>')).map((f) => f.rule)).toEqual(['words-matter']);
    expect(renderedFindings('/x/', page('en', '<ul><li data-allow-words="addict, clean">We don\'t say "addict" or "clean".</li></ul>'))).toEqual([]);
    // The allowance covers its own words only, and reads nothing into the text.
    expect(renderedFindings('/x/', page('en', '<p data-allow-words="clean">Not "clean", and not "junkie".</p>')).map((f) => f.message)).toEqual([expect.stringContaining('"junkie"')]);
    expect(renderedLines(page('en', '<p data-allow-words="clean">Not "clean".</p>'))).toEqual(['Not "clean".']);
  });

  it('finds the safety phrasings in the page language, and in English patterns on every page', () => {
    expect(renderedFindings('/es/x/', page('es', '<ol><li>Dé otra dosis hasta que despierte.</li></ol>')).map((f) => f.rule)).toEqual(['redose-until-awake']);
    expect(renderedFindings('/es/x/', page('es', '<p>La tolerancia se pierde en 3 días.</p>')).map((f) => f.rule)).toEqual(['tolerance-days']);
    expect(renderedFindings('/x/', page('en', '<p>Keep giving naloxone until they wake up.</p>')).map((f) => f.rule)).toEqual(['redose-until-awake']);
    expect(renderedFindings('/x/', page('en', '<p>Take 8 mg to start.</p>')).map((f) => f.rule)).toEqual(['dose-instruction']);
    expect(renderedFindings('/x/', page('en', '<p>Call <a href="tel:18004684357">1-800-468-4357</a>.</p><p>Another dose every 2 to 3 minutes until they are breathing normally.</p>'))).toEqual([]);
  });
});
