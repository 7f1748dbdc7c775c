import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/load-archive.ts';
import { periodFeed } from '../../lib/period-feed.ts';

export const GET: APIRoute = async ({ site }) => periodFeed('month', (await getArchive()).months, site);
