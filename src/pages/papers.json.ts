import type { APIRoute } from 'astro';
import { getDataExport } from '../lib/load-archive.ts';

// Every paper in one file, as before the export was split by month (/data/): kept so that existing readers of
// this address keep working. The data page names its size; nothing else links it.
export const GET: APIRoute = async () => {
  const { all } = await getDataExport();
  return new Response(all.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
