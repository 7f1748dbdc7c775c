// Ingest's third stage: the entries of every digest merged into one record per paper, oldest digest first.
import { cleanLatex } from '../../src/model/clean-latex.ts';
import { missingFields, type Digest, type MissingField } from '../../src/model/digests/digest.ts';
import { listedPaper } from '../../src/model/paper-identity.ts';

/** One paper as all digests together describe it. */
export interface CollectedPaper {
  /** The folded title of its first listing: with the arXiv id, what identifies the paper across digests. */
  key: string;
  /** The arXiv id, when a listing gave one or the paper's file has one. */
  arxiv: string | undefined;
  /** The title with LaTeX residue cleaned, from the paper's first listing. */
  title: string;
  /** The abstract with LaTeX residue cleaned, from the first listing that had one. */
  abstract: string | undefined;
  published: string | undefined;
  authors: number | undefined;
  /** The authors' names, from the first listing that gave them. */
  authorNames: string[] | undefined;
  organization: { id: string; name: string } | undefined;
  /** The repository's stars, from the latest listing that showed them. */
  githubStars: number | undefined;
  /** Every digest that listed the paper, oldest first, with the counts it showed. */
  appearances: { digest: string; comments: number; upvotes?: number }[];
  /** Links the listings gave beside the abstract, first seen first. */
  links: string[];
  /** Where the paper was listed, for messages. */
  sources: { file: string; line: number }[];
}

/** What collecting found worth reporting. */
export interface CollectReport {
  entries: number;
  /** Entries that repeated a paper already listed (in the same or another digest). */
  duplicates: number;
  /** Entries lacking fields, as `file:line: title (missing: ...)`. */
  incomplete: { file: string; line: number; title: string; missing: MissingField[] }[];
  warnings: string[];
}

/**
 * The paper files found by their identities (reconcile-papers.ts's KnownPapers): by a listed title's key, the file
 * and its arXiv id; by an arXiv id, the file and its key. A listing by either finds the same paper.
 */
export interface KnownIdentities {
  byKey: ReadonlyMap<string, { data: { arxiv?: string | undefined } }>;
  byArxiv: ReadonlyMap<string, { key: string }>;
}

/**
 * Merges the entries of all digests into one record per paper. Digests are taken oldest first. A paper is one
 * record when its listings share an arXiv id or a folded title, or when a paper file (`known`) ties its title to
 * its id: a paper listed by title in a text digest and by id in a capture is one paper, and has the id.
 */
export function collectPapers(
  digests: readonly Digest[],
  known: KnownIdentities = { byKey: new Map(), byArxiv: new Map() },
): { papers: CollectedPaper[]; report: CollectReport } {
  const papers: CollectedPaper[] = [];
  const byKey = new Map<string, CollectedPaper>();
  const byArxiv = new Map<string, CollectedPaper>();
  const report: CollectReport = { entries: 0, duplicates: 0, incomplete: [], warnings: [] };
  const ordered = [...digests].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  for (const digest of ordered) {
    report.warnings.push(...digest.warnings);
    for (const entry of digest.entries) {
      report.entries++;
      const missing = missingFields(entry);
      if (missing.length > 0) {
        report.incomplete.push({ file: digest.file, line: entry.line, title: entry.title, missing });
      }
      const { title, key } = listedPaper(entry.title);
      const arxiv = entry.arxiv ?? known.byKey.get(key)?.data.arxiv;
      const abstract = entry.abstract === undefined ? undefined : cleanLatex(entry.abstract);
      const source = { file: digest.file, line: entry.line };
      const appearance = { digest: digest.date, comments: entry.comments, ...upvotesOf(entry.upvotes) };
      const fileKey = arxiv === undefined ? undefined : known.byArxiv.get(arxiv)?.key;
      const found =
        (arxiv === undefined ? undefined : byArxiv.get(arxiv)) ??
        byKey.get(key) ??
        (fileKey === undefined ? undefined : byKey.get(fileKey));
      if (!found) {
        const paper: CollectedPaper = {
          key,
          arxiv,
          title,
          abstract,
          published: entry.published,
          authors: entry.authors,
          authorNames: namesOf(entry.authorNames),
          organization: entry.organization,
          githubStars: entry.githubStars,
          appearances: [appearance],
          links: [...entry.links],
          sources: [source],
        };
        papers.push(paper);
        byKey.set(key, paper);
        if (arxiv !== undefined) byArxiv.set(arxiv, paper);
        continue;
      }
      report.duplicates++;
      found.sources.push(source);
      found.abstract ??= abstract;
      // Listings show different parts of who wrote a paper (a count, an organisation, names): each fills its gap.
      found.authors ??= entry.authors;
      found.organization ??= entry.organization;
      found.authorNames ??= namesOf(entry.authorNames);
      if (entry.githubStars !== undefined) found.githubStars = entry.githubStars;
      for (const link of entry.links) if (!found.links.includes(link)) found.links.push(link);
      if (!byKey.has(key)) byKey.set(key, found);
      if (arxiv !== undefined && found.arxiv === undefined) {
        found.arxiv = arxiv;
        byArxiv.set(arxiv, found);
      } else if (arxiv !== undefined && arxiv !== found.arxiv) {
        report.warnings.push(
          `${digest.file}:${entry.line}: "${title}" is listed as arXiv ${arxiv}, but as ${found.arxiv ?? ''} in an earlier listing; keeping ${found.arxiv ?? ''}`,
        );
      }
      if (found.published === undefined) found.published = entry.published;
      else if (entry.published !== undefined && entry.published !== found.published) {
        report.warnings.push(
          `${digest.file}:${entry.line}: "${title}" is listed as published ${entry.published}, but ${found.published} in an earlier listing; keeping ${found.published}`,
        );
      }
      const sameDigest = found.appearances.find((each) => each.digest === digest.date);
      // A paper listed twice in one digest is one appearance; the higher counts are the later snapshot.
      if (sameDigest) {
        sameDigest.comments = Math.max(sameDigest.comments, entry.comments);
        if (entry.upvotes !== undefined) sameDigest.upvotes = Math.max(sameDigest.upvotes ?? 0, entry.upvotes);
      } else found.appearances.push(appearance);
    }
  }
  return { papers, report };
}

/** A listing's author names, when it gave any: every author hidden is as good as no names. */
function namesOf(names: readonly string[] | undefined): string[] | undefined {
  return names === undefined || names.length === 0 ? undefined : [...names];
}

/** The upvotes field of an appearance: present only when the listing showed a count. */
function upvotesOf(upvotes: number | undefined): { upvotes?: number } {
  return upvotes === undefined ? {} : { upvotes };
}
