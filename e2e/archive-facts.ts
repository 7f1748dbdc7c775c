// What the end-to-end tests expect, read straight from content/: each paper's title, arXiv id, date, topics,
// organisation, author names, code, digests, comments and upvotes, with topics by their titles as the paper pages show them.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseRepoUrl } from '../src/lib/code-repo-url.ts';
import { splitFrontmatter } from '../src/model/frontmatter.ts';

/** One paper as search should see it. */
export interface PaperFacts {
  slug: string;
  title: string;
  /** The title as the digests list it, by which a digest's entry finds the paper. */
  listedTitle: string;
  arxiv: string | undefined;
  published: string | undefined;
  year: string | undefined;
  /** Topic titles. */
  topics: string[];
  /** Topic ids, as the site's URLs name them. */
  topicIds: string[];
  organisation: string | undefined;
  /** The organisation's id, which names its page and groups its papers. */
  organisationId: string | undefined;
  /** The authors' names, when a listing gave them. */
  authorNames: string[];
  hasCode: boolean;
  /** Its repositories' owners, as `host/key`: the `/repos/<host>/<key>/` pages that list it. */
  owners: string[];
  /** The dates of the digests that listed it. */
  listedIn: string[];
  /** Each digest's listing: its date and the counts it showed. */
  appearances: { digest: string; comments: number; upvotes: number | undefined }[];
  /** The first of them: when the archive first listed it. */
  firstListed: string;
  comments: number;
  /** The latest upvote count a listing showed, if any did. */
  upvotes: number | undefined;
  /** The abstract, as written in the file. */
  abstract: string;
}

interface PaperFrontmatter {
  title: string;
  listed_title: string;
  arxiv?: string;
  published?: string;
  organization?: { id: string; name: string };
  author_names?: string[];
  repos?: string[];
  topics?: string[];
  appearances?: { digest: string; comments: number; upvotes?: number }[];
  comments: number;
  upvotes?: number;
}

function frontmatter(file: string): { data: unknown; body: string } {
  const { yaml, rest } = splitFrontmatter(file, readFileSync(file, 'utf8'));
  return { data: parse(yaml, { version: '1.1' }), body: rest.trim() };
}

/** Every topic in content/topics: its id and its title. */
export function archiveTopics(): { id: string; title: string }[] {
  return readdirSync('content/topics')
    .filter((file) => file.endsWith('.mdx'))
    .map((name) => {
      const { title } = frontmatter(`content/topics/${name}`).data as { title: string };
      return { id: name.replace(/\.mdx$/, ''), title };
    });
}

/** Every paper in content/papers, with its topics' titles from content/topics. */
export function archivePapers(): PaperFacts[] {
  const topicTitles = new Map(archiveTopics().map((topic) => [topic.id, topic.title]));
  return readdirSync('content/papers')
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { data: fields, body } = frontmatter(`content/papers/${name}`);
      const data = fields as PaperFrontmatter;
      return {
        slug: name.replace(/\.md$/, ''),
        title: data.title.trim(),
        listedTitle: data.listed_title,
        arxiv: data.arxiv,
        published: data.published,
        year: data.published?.slice(0, 4),
        topics: (data.topics ?? []).map((id) => topicTitles.get(id) ?? id),
        topicIds: [...new Set(data.topics ?? [])],
        organisation: data.organization?.name,
        organisationId: data.organization?.id,
        authorNames: data.author_names ?? [],
        hasCode: (data.repos ?? []).length > 0,
        owners: [
          ...new Set(
            (data.repos ?? []).flatMap((url) => {
              const repo = parseRepoUrl(url);
              return repo === undefined ? [] : [`${repo.host}/${repo.ownerKey}`];
            }),
          ),
        ],
        listedIn: (data.appearances ?? []).map((appearance) => appearance.digest),
        appearances: (data.appearances ?? []).map(({ digest, comments, upvotes }) => ({ digest, comments, upvotes })),
        firstListed: (data.appearances ?? []).map((appearance) => appearance.digest).sort()[0] ?? '',
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

const titleOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Newest first, as the site's listings of dated papers are: by published date, latest first, and papers published
 * the same day by title. (Undated papers are left to their own test.)
 */
export function newestFirst(a: PaperFacts, b: PaperFacts): number {
  const [aDate = '', bDate = ''] = [a.published, b.published];
  return aDate === bDate ? titleOrder.compare(a.title, b.title) : aDate < bDate ? 1 : -1;
}
