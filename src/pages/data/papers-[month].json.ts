import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../lib/cache-key.ts';
import type { DataFile } from '../../lib/load-archive.ts';
import { getDataExport } from '../../lib/load-archive.ts';

export const getStaticPaths = (async () => {
  const { months } = await getDataExport();
  return months.map((month) => ({
    params: { month: month.month },
    props: { file: month },
    cacheKey: cacheKey(import.meta.env.SITE, month.papers),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: DataFile }> = ({ props }) =>
  new Response(props.file.body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
