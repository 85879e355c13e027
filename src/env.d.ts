/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by a page before it renders article content, read by <Cite>. */
    citations?: import('./lib/citations').CitationContext;
  }
}
