import type { APIRoute } from 'astro';
import { getDataExport } from '../../lib/load-archive.ts';

export const GET: APIRoute = async () => {
  const { index } = await getDataExport();
  return new Response(index.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
