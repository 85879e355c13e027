// How long a page must be before it lists its questions ("On this page"): about 1,000 words.
export const TOC_MIN_WORDS = 1000;

/** Words a reader reads in an MDX body: tags, components, comments and link targets left out. */
export function wordCount(mdx: string): number {
  return mdx
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<ForClinicians>[\s\S]*?<\/ForClinicians>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
