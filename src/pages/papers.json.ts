import type { APIRoute } from 'astro';
import { getArchive } from '../lib/load-archive.ts';
import { paperRecord } from '../lib/papers-json.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('papers.json needs absolute links: set `site` in astro.config.mjs (the SITE variable)');
  const { papers } = await getArchive();
  const body = JSON.stringify({ papers: papers.map((paper) => paperRecord(paper, site)) });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
