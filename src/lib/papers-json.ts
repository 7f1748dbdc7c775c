/** `/papers.json`: every paper's frontmatter and abstract text, for others to reuse. */
import type { PaperData } from '../model/schema.ts';
import type { Paper } from './paper.ts';
import { paths } from './paths.ts';

/** One paper in `/papers.json`: its slug and page, its frontmatter as in its file, its abstract as plain text. */
export type PaperRecord = { slug: string; url: string } & PaperData & { abstract: string };

/** The record of one paper; `url` is absolute. */
export function paperRecord(paper: Paper, site: URL): PaperRecord {
  return {
    slug: paper.slug,
    url: new URL(paths.paper(paper.slug), site).href,
    ...paper.data,
    abstract: paper.abstract,
  };
}
