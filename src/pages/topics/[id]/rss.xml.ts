import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../../lib/cache-key.ts';
import { feedItems } from '../../../lib/feed.ts';
import { getArchive } from '../../../lib/load-archive.ts';
import type { TopicGroup } from '../../../lib/group-topics.ts';
import { paths } from '../../../lib/paths.ts';
import { FEED_SIZE, SITE_NAME } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { topics, siteKey } = await getArchive();
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic }, cacheKey: cacheKey(siteKey, topic) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicGroup }> = async ({ props, site }) => {
  const { topicById } = await getArchive();
  const { topic } = props;
  return rss({
    title: `${SITE_NAME}: ${topic.title}`,
    description: topic.description,
    site: new URL(paths.topic(topic.id), site),
    items: feedItems(topic.papers, topicById, site, FEED_SIZE),
  });
};
