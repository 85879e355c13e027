// Printed pages show where each link goes: links inside <main> to this site get their
// absolute address in data-abs, which the print stylesheet prints after the link text.
export function addPrintUrls(html: string, site: string): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) return html;
  // Glossary links (glossary terms) are not printed with their address.
  const main = html.slice(start, end).replace(/<a href="(\/(?!glossary\/#)[^"]*)"/g, (_m, href: string) => `<a href="${href}" data-abs="${new URL(href, site).href}"`);
  return html.slice(0, start) + main + html.slice(end);
}
