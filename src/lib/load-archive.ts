/** The archive of this build, read from the content collections once and shared by every page. */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';
import { cacheKey } from './cache-key.ts';
import {
  byteSize,
  dataIndexBody,
  papersFileBody,
  splitByListedMonth,
  type DataFileEntry,
  type DataMonth,
} from './data-export.ts';
import { paths } from './paths.ts';
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

/** A file of the data export, written. */
export interface DataFile {
  body: string;
  bytes: number;
}

/** The data export of this build (data-export.ts): a file per month, its index, and every paper in one file. */
export interface DataExport {
  months: (DataMonth & DataFile)[];
  index: DataFile & { files: DataFileEntry[] };
  /** `/papers.json`, kept for those who read it before the export was split. */
  all: DataFile;
}

let dataExport: Promise<DataExport> | undefined;

/**
 * The data export, written once per build and shared by its files and the page that lists them with their sizes.
 * Its links are absolute, under the configured `site`.
 */
export function getDataExport(): Promise<DataExport> {
  const site = new URL(import.meta.env.SITE);
  dataExport ??= getArchive().then(({ papers }) => {
    const file = (body: string): DataFile => ({ body, bytes: byteSize(body) });
    const months = splitByListedMonth(papers).map((month) => ({
      ...month,
      ...file(papersFileBody(month.papers, site)),
    }));
    const files = months.map((month) => ({
      name: month.name,
      url: new URL(paths.dataFile(month.name), site).href,
      listed: month.month,
      papers: month.papers.length,
      bytes: month.bytes,
    }));
    return { months, index: { ...file(dataIndexBody(files)), files }, all: file(papersFileBody(papers, site)) };
  });
  return dataExport;
}
