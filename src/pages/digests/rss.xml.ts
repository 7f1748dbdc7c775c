import type { APIRoute } from 'astro';
import { dayPeriod } from '../../lib/listing-periods.ts';
import { getArchive } from '../../lib/load-archive.ts';
import { periodFeed } from '../../lib/period-feed.ts';

export const GET: APIRoute = async ({ site }) => periodFeed('day', (await getArchive()).digests.map(dayPeriod), site);
