import type { APIRoute, GetStaticPaths } from 'astro';
import { qrSvg, shortLinks, shortUrl } from '../../lib/outreach';

export const getStaticPaths: GetStaticPaths = () => shortLinks().map(({ name }) => ({ params: { name } }));

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await qrSvg(shortUrl(site!, params.name!)), { headers: { 'Content-Type': 'image/svg+xml' } });
