import { describe, expect, it } from 'vitest';
import { buildVocabulary, injectAliases, plainTerm } from './vocabulary';

describe('search vocabulary', () => {
  const v = buildVocabulary({
    prose: ['Carry naloxone. <Cite id="narcan-label" /> [Read more](/guides/naloxone/) in 2023.'],
    glossary: [{ term: 'Buprenorphine', aliases: ['Suboxone', 'subs', 'bupe'] }, { term: 'Opioid use disorder (OUD)', aliases: ['OUD'] }],
  });
  it('keeps single correctly spelled words from prose, not tags, links or numbers', () => {
    expect(v.words).toEqual(['bupe', 'buprenorphine', 'carry', 'disorder', 'more', 'naloxone', 'opioid', 'read', 'suboxone', 'subs']);
  });
  it('maps each alias to its plain glossary term', () => {
    expect(v.aliases).toEqual({ suboxone: 'buprenorphine', subs: 'buprenorphine', bupe: 'buprenorphine', oud: 'opioid use disorder' });
    expect(plainTerm('Opioid use disorder (OUD)')).toBe('opioid use disorder');
  });
  it('injects aliases at the top of the indexed body only', () => {
    const html = '<header>x</header><article class="a" data-pagefind-body>Body</article>';
    expect(injectAliases(html, ['subs', '<b>'])).toBe('<header>x</header><article class="a" data-pagefind-body><p data-pagefind-weight="4" data-search-aliases>searchaliasline subs searchaliasline &lt;b> searchaliasline</p>Body</article>');
    expect(injectAliases(html, [])).toBe(html);
  });
});
