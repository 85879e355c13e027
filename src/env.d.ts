/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by a page before it renders article content, read by <Cite>. */
    citations?: import('./lib/citations').CitationContext;
    /**
     * Set by an article before its body renders, read and written by <SectionHeading> and
     * <AsOf> in page order: how many sections so far, the "On this page" list (empty on short
     * pages), and the date of the last "as of" stamp shown in this section.
     */
    sections?: { count: number; toc: { slug: string; text: string }[]; stamp: string | null };
  }
}
