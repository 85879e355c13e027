// The HTML validator is configured, and it catches real mistakes (not just passes everything).
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';

const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

describe('html-validate with the site config', () => {
  it('flags a duplicate id and a paragraph where only list items may go', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><main><p id="a">x</p><p id="a">y</p><ul><p>z</p></ul></main></body></html>');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('no-dup-id');
    expect(rules).toContain('element-permitted-content');
  });
  it('accepts a clean page', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><main><p>Fine.</p></main></body></html>');
    expect(report.valid).toBe(true);
  });
});
