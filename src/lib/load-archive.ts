/** The archive of this build, read from the content collections once and shared by every page. */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';
import { cacheKey } from './cache-key.ts';
import { htmlToText } from './plain-text.ts';
import { REPOSITORY } from './site.ts';

/** The archive, and `siteKey`: a digest of what every page may show besides its own data (for `cacheKey`s). */
export interface SiteArchive extends Archive {
  siteKey: string;
}

let archive: Promise<SiteArchive> | undefined;

/** The shaped archive; the first call builds it, every later call in the build gets the same one. */
export function getArchive(): Promise<SiteArchive> {
  archive ??= load().then((shaped) => ({
    ...shaped,
    // Topic names label papers everywhere; the repository is linked from every footer.
    siteKey: cacheKey(
      REPOSITORY,
      shaped.topics.map((topic) => [topic.id, topic.title, topic.description]),
    ),
  }));
  return archive;
}

async function load(): Promise<Archive> {
  const [papers, topics, digests] = await Promise.all([
    getCollection('papers'),
    getCollection('topics'),
    getCollection('digests'),
  ]);
  return buildArchive({
    papers: papers.map((entry) => {
      const html = entry.rendered?.html ?? '';
      return {
        slug: entry.id,
        file: entry.filePath ?? `content/papers/${entry.id}.md`,
        data: entry.data,
        html,
        abstract: htmlToText(html),
      };
    }),
    topics: topics.map((entry) => ({ id: entry.id, data: entry.data })),
    digests: digests.map((entry) => entry.data),
  });
}
