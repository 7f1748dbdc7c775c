// Ingest's fourth stage: each collected paper matched with its file, if it has one, and what the file should hold
// decided as data. Nothing is rendered or written here.
import type { Document } from 'yaml';
import { ContentError, ErrorCollector } from '../../src/model/content-error.ts';
import { fieldLine, frontmatterData, readFrontmatter, splitFrontmatter } from '../../src/model/frontmatter.ts';
import { cleanUrl, findLinks, type Segment } from '../../src/model/normalize-links.ts';
import { titleKey } from '../../src/model/paper-identity.ts';
import { readPlainYaml } from '../../src/model/read-plain-yaml.ts';
import { paperSchema, type PaperData } from '../../src/model/schema.ts';
import { uniqueSlug } from '../../src/model/slug.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import type { CollectedPaper } from './collect-papers.ts';
import type { ExistingPaper } from './read-content.ts';

/** Frontmatter fields in the order a paper file lists them. */
export interface PaperFrontmatter {
  title: string;
  listed_title: string;
  arxiv?: string;
  published?: string;
  authors?: number;
  author_names?: string[];
  organization?: { id: string; name: string };
  appearances: { digest: string; comments: number; upvotes?: number }[];
  comments: number;
  upvotes?: number;
  github_stars?: number;
  repos: string[];
  links: string[];
  topics: string[];
}

/** An existing paper file, validated, with its YAML document parsed only when a merge needs it. */
export interface KnownPaper {
  existing: ExistingPaper;
  /** Its listed title's key (paper-identity.ts). */
  key: string;
  data: PaperData;
  document: () => Document.Parsed;
  /** The file after its frontmatter, byte for byte. */
  rest: string;
}

/** A field a merge sets in an existing file, and its new value. */
export type FieldChange = readonly [field: string, value: unknown];

/** What one paper's file should become. */
export type PaperChange =
  | {
      /** A file written from the digests alone: a new paper, or any paper with `rewrite`. */
      kind: 'generate';
      slug: string;
      paper: CollectedPaper;
      frontmatter: PaperFrontmatter;
      /** The abstract cut into text and links. */
      abstract: Segment[];
      /** The file it replaces, if there is one. */
      existing: ExistingPaper | undefined;
    }
  | {
      /** A known file with what the digests add merged in; every hand edit stays. No change means unchanged. */
      kind: 'merge';
      slug: string;
      paper: CollectedPaper;
      known: KnownPaper;
      changes: FieldChange[];
    };

export interface ReconcileOptions {
  /** Regenerate every file from the digests, dropping hand edits (slugs still never change). */
  rewrite: boolean;
  assignTopics: (title: string, abstract: string) => string[];
}

/** The existing paper files, validated, found by the key of their listed title or by their arXiv id. */
export interface KnownPapers {
  byKey: ReadonlyMap<string, KnownPaper>;
  byArxiv: ReadonlyMap<string, KnownPaper>;
}

/** Every paper's change, in the collected papers' order, and the files no digest lists (left alone). */
export interface Reconciliation {
  changes: PaperChange[];
  orphans: string[];
}

/**
 * Matches each collected paper with its file by the identity of its listed title, and decides what the file should
 * hold: a new file for a new paper; for a known one, the new appearances and latest comment count merged in.
 */
export function reconcilePapers(
  papers: readonly CollectedPaper[],
  known: KnownPapers,
  options: ReconcileOptions,
): Reconciliation {
  const taken = new Set([...known.byKey.values()].map((paper) => paper.existing.slug));
  const listed = new Set<KnownPaper>();
  const changes = papers.map((paper): PaperChange => {
    const current =
      (paper.arxiv === undefined ? undefined : known.byArxiv.get(paper.arxiv)) ?? known.byKey.get(paper.key);
    if (current) listed.add(current);
    if (current && !options.rewrite) {
      // A merge takes only the listing fields from the digests: links and topics are the file's own.
      const changes = mergedFields(current.data, paper, listedFields(paper));
      return { kind: 'merge', slug: current.existing.slug, paper, known: current, changes };
    }
    const abstract = findLinks(paper.abstract ?? '');
    const frontmatter = generatedFrontmatter(paper, abstract, options.assignTopics);
    if (current)
      return {
        kind: 'generate',
        slug: current.existing.slug,
        paper,
        frontmatter,
        abstract,
        existing: current.existing,
      };
    const slug = uniqueSlug(paper.title, taken);
    taken.add(slug);
    return { kind: 'generate', slug, paper, frontmatter, abstract, existing: undefined };
  });
  const orphans = [...known.byKey.values()].filter((paper) => !listed.has(paper)).map((paper) => paper.existing.file);
  return { changes, orphans };
}

/**
 * Validates the existing files and finds each by its listed title's key and its arXiv id; an invalid file, or two
 * files for one title or one id, is an error.
 */
export function knownPapers(existing: readonly ExistingPaper[]): KnownPapers {
  const errors = new ErrorCollector();
  const known = new Map<string, KnownPaper>();
  const byArxiv = new Map<string, KnownPaper>();
  for (const paper of existing) {
    errors.attempt(() => {
      const { yaml, rest } = splitFrontmatter(paper.file, paper.text);
      // Most files are as ingest wrote them: read those without a full YAML parse, which is needed
      // (for the comments and layout a merge keeps) only when the file changes or is written by hand.
      const plain = readPlainYaml(yaml);
      let parsed: Document.Parsed | undefined;
      const document = (): Document.Parsed => (parsed ??= readFrontmatter(paper.file, paper.text).document);
      const data = validateFrontmatter(
        paperSchema,
        paper.file,
        paper.text,
        plain ?? frontmatterData(paper.file, document()),
      );
      const key = titleKey(data.listed_title);
      // One file per paper: a second file with the same listed title, or the same arXiv id, is an error.
      const twins = [
        { twin: known.get(key), field: 'listed_title', says: 'lists the same paper as' },
        {
          twin: data.arxiv === undefined ? undefined : byArxiv.get(data.arxiv),
          field: 'arxiv',
          says: 'has the arXiv id of',
        },
      ];
      const found = twins.find(({ twin }) => twin !== undefined);
      if (found?.twin) {
        errors.add(
          new ContentError(
            paper.file,
            fieldLine(paper.text, found.field),
            `${found.says} ${found.twin.existing.file}; expected one file per paper`,
          ),
        );
        return;
      }
      const entry = { existing: paper, key, data, document, rest };
      known.set(key, entry);
      if (data.arxiv !== undefined) byArxiv.set(data.arxiv, entry);
    });
  }
  errors.throwIfAny();
  return { byKey: known, byArxiv };
}

/** The frontmatter the digests alone say a paper has. */
function generatedFrontmatter(
  paper: CollectedPaper,
  abstract: readonly Segment[],
  assignTopics: ReconcileOptions['assignTopics'],
): PaperFrontmatter {
  const repos = new Set<string>();
  const links = new Set<string>();
  for (const segment of abstract) {
    if (segment.type !== 'url') continue;
    if (segment.repo) repos.add(segment.repo);
    else links.add(segment.url);
  }
  // The links a listing gives beside the abstract (a capture's GitHub link) count as if the abstract named them.
  for (const link of paper.links) {
    const clean = cleanUrl(link);
    if (clean?.repo !== undefined) repos.add(clean.repo);
    else if (clean !== undefined) links.add(clean.url);
  }
  const listed = listedFields(paper);
  return {
    title: paper.title,
    listed_title: paper.title,
    ...(paper.arxiv === undefined ? {} : { arxiv: paper.arxiv }),
    ...listed,
    repos: [...repos],
    links: [...links],
    topics: assignTopics(paper.title, paper.abstract ?? ''),
  };
}

type ListedFields = Pick<
  PaperFrontmatter,
  'published' | 'authors' | 'author_names' | 'organization' | 'appearances' | 'comments' | 'upvotes' | 'github_stars'
>;

/** The fields a listing states (date, authors, appearances, comments), in frontmatter order. */
function listedFields(paper: CollectedPaper): ListedFields {
  return {
    ...(paper.published === undefined ? {} : { published: paper.published }),
    ...(paper.authors === undefined ? {} : { authors: paper.authors }),
    ...(paper.authorNames === undefined ? {} : { author_names: paper.authorNames }),
    ...(paper.organization === undefined ? {} : { organization: paper.organization }),
    appearances: paper.appearances,
    comments: paper.appearances.at(-1)?.comments ?? 0,
    ...latestUpvotes(paper.appearances),
    ...(paper.githubStars === undefined ? {} : { github_stars: paper.githubStars }),
  };
}

/** The upvote count of the latest appearance that showed one, as a field; none when no listing did. */
function latestUpvotes(appearances: readonly { upvotes?: number }[]): { upvotes?: number } {
  const latest = appearances.findLast((appearance) => appearance.upvotes !== undefined)?.upvotes;
  return latest === undefined ? {} : { upvotes: latest };
}

/**
 * What the digests change in an existing file: appearances (the digests' counts win for the digests they hold),
 * the latest comment count and stars, and fields the file lacks. Every other field is the file's own.
 */
function mergedFields(data: PaperData, paper: CollectedPaper, listed: ListedFields): FieldChange[] {
  const byDigest = new Map(data.appearances.map((appearance) => [appearance.digest, appearance]));
  // A listing's counts win for its digest; an upvote count the listing did not show stays as the file has it.
  for (const appearance of listed.appearances) {
    byDigest.set(appearance.digest, { ...byDigest.get(appearance.digest), ...appearance });
  }
  const appearances = [...byDigest.values()]
    .sort((a, b) => a.digest.localeCompare(b.digest))
    .map(({ digest, comments, upvotes }) => ({ digest, comments, ...(upvotes === undefined ? {} : { upvotes }) }));
  const comments = appearances.at(-1)?.comments ?? 0;
  const { upvotes } = latestUpvotes(appearances);
  const changes: FieldChange[] = [];
  if (data.arxiv === undefined && paper.arxiv !== undefined) changes.push(['arxiv', paper.arxiv]);
  if (JSON.stringify(appearances) !== JSON.stringify(data.appearances)) changes.push(['appearances', appearances]);
  if (comments !== data.comments) changes.push(['comments', comments]);
  if (upvotes !== undefined && upvotes !== data.upvotes) changes.push(['upvotes', upvotes]);
  if (data.published === undefined && listed.published !== undefined) changes.push(['published', listed.published]);
  if (data.authors === undefined && listed.authors !== undefined) changes.push(['authors', listed.authors]);
  if (data.author_names === undefined && listed.author_names !== undefined) {
    changes.push(['author_names', listed.author_names]);
  }
  if (data.organization === undefined && listed.organization !== undefined) {
    changes.push(['organization', listed.organization]);
  }
  // Stars change daily, like upvotes: the latest listing that counted them wins.
  if (listed.github_stars !== undefined && listed.github_stars !== data.github_stars) {
    changes.push(['github_stars', listed.github_stars]);
  }
  return changes;
}
