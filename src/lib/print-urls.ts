import { LANGS } from '../i18n/lang';
import { staticHref } from '../i18n/twins';
// Printed pages show where each link goes: links inside <main> to this site get their
// absolute address in data-abs, which the print stylesheet prints after the link text.
const GLOSSARIES = LANGS.map((lang) => staticHref('/glossary/', lang));

export function addPrintUrls(html: string, site: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) return html;
  // Glossary links (glossary terms, in any language) are not printed with their address.
  const main = html.slice(start, end).replace(/<a href="(\/[^"]*)"/g, (m, href: string) => (GLOSSARIES.some((g) => href.startsWith(`${g}#`)) ? m : `<a href="${href}" data-abs="${new URL(href, site).href}"`));
  return html.slice(0, start) + main + html.slice(end);
}
