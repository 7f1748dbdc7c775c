// What the end-to-end tests expect, read straight from content/: each paper's title, arXiv id, date, topics,
// organisation, code, comments and upvotes, with topics by their titles as the paper pages show them.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/model/frontmatter.ts';

/** One paper as search should see it. */
export interface PaperFacts {
  slug: string;
  title: string;
  arxiv: string | undefined;
  published: string | undefined;
  year: string | undefined;
  /** Topic titles. */
  topics: string[];
  organisation: string | undefined;
  hasCode: boolean;
  comments: number;
  /** The latest upvote count a listing showed, if any did. */
  upvotes: number | undefined;
  /** The abstract, as written in the file. */
  abstract: string;
}

interface PaperFrontmatter {
  title: string;
  arxiv?: string;
  published?: string;
  organization?: { name: string };
  repos?: string[];
  topics?: string[];
  comments: number;
  upvotes?: number;
}

function frontmatter(file: string): { data: unknown; body: string } {
  const { yaml, rest } = splitFrontmatter(file, readFileSync(file, 'utf8'));
  return { data: parse(yaml, { version: '1.1' }), body: rest.trim() };
}

/** Every paper in content/papers, with its topics' titles from content/topics. */
export function archivePapers(): PaperFacts[] {
  const topicTitles = new Map<string, string>();
  for (const name of readdirSync('content/topics').filter((file) => file.endsWith('.mdx'))) {
    const { title } = frontmatter(`content/topics/${name}`).data as { title: string };
    topicTitles.set(name.replace(/\.mdx$/, ''), title);
  }
  return readdirSync('content/papers')
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { data: fields, body } = frontmatter(`content/papers/${name}`);
      const data = fields as PaperFrontmatter;
      return {
        slug: name.replace(/\.md$/, ''),
        title: data.title.trim(),
        arxiv: data.arxiv,
        published: data.published,
        year: data.published?.slice(0, 4),
        topics: (data.topics ?? []).map((id) => topicTitles.get(id) ?? id),
        organisation: data.organization?.name,
        hasCode: (data.repos ?? []).length > 0,
        comments: data.comments,
        upvotes: data.upvotes,
        abstract: body,
      };
    });
}

/** The value held by the most papers, and those papers. */
export function mostCommon(
  papers: readonly PaperFacts[],
  values: (paper: PaperFacts) => readonly string[],
): { value: string; papers: PaperFacts[] } {
  const counts = new Map<string, number>();
  for (const paper of papers) for (const value of values(paper)) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [value = ''] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  return { value, papers: papers.filter((paper) => values(paper).includes(value)) };
}
