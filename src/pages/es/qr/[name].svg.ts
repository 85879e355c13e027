import type { APIRoute, GetStaticPaths } from 'astro';
import { qrSvg, shortLinks, shortUrl, SHORT_LINKS } from '../../../lib/outreach';

// QR codes for the Spanish short links: /es/qr/naloxona.svg opens /ir/naloxona.
export const getStaticPaths: GetStaticPaths = () => shortLinks(SHORT_LINKS.es.file).map(({ name }) => ({ params: { name } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(shortUrl(site!, params.name!, SHORT_LINKS.es.prefix)), { headers: { 'Content-Type': 'image/svg+xml' } });
