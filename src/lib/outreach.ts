// Outreach data: short links, their QR codes and the text-message versions of guides.
// Build-time only (reads the YAML data file; makes QR codes without any network).
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import QRCode from 'qrcode';
import { TEXT_MESSAGE_MAX } from './schemas';

/** Each language's short links: the file they are in and the word they live under. */
export const SHORT_LINKS = {
  en: { file: 'content/short-links.yaml', prefix: '/go/' },
  es: { file: 'content/es/short-links.yaml', prefix: '/ir/' },
} as const;

export function shortLinks(path: string = SHORT_LINKS.en.file): { name: string; target: string }[] {
  const data = yaml.load(readFileSync(path, 'utf8')) as Record<string, string>;
  return Object.entries(data).map(([name, target]) => ({ name, target }));
}

export function shortUrl(site: URL, name: string, prefix: string = SHORT_LINKS.en.prefix): string {
  return new URL(`${prefix}${name}`, site).href;
}

/** How a short link is printed: without the scheme, so it is short enough to type. */
export function printable(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** An SVG QR code for a URL, dark on light, with a quiet zone, ready for print. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}

/** The text an outreach worker sends: the guide's message plus its link, under the limit. */
export function textMessage(message: string, link: string, file: string): string {
  const text = `${message.trim()} ${link}`;
  if (text.length >= TEXT_MESSAGE_MAX) {
    throw new Error(`${file}: textMessage plus its link is ${text.length} characters; keep it under ${TEXT_MESSAGE_MAX} (shorten textMessage).`);
  }
  return text;
}
