/** The archive of this build, read from the content collections once and shared by every page. */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';
import { htmlToText } from './plain-text.ts';

let archive: Promise<Archive> | undefined;

/** The shaped archive; the first call builds it, every later call in the build gets the same one. */
export function getArchive(): Promise<Archive> {
  archive ??= load();
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
