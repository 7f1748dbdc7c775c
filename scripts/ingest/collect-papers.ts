// Ingest's third stage: the entries of every digest merged into one record per paper, oldest digest first.
import { cleanLatex } from '../../src/model/clean-latex.ts';
import type { Digest, MissingField } from '../../src/model/digests/digest.ts';
import { listedPaper } from '../../src/model/paper-identity.ts';

/** One paper as all digests together describe it. */
export interface CollectedPaper {
  /** The folded title that identifies the paper across digests. */
  key: string;
  /** The title with LaTeX residue cleaned, from the paper's first listing. */
  title: string;
  /** The abstract with LaTeX residue cleaned, from the first listing that had one. */
  abstract: string | undefined;
  published: string | undefined;
  authors: number | undefined;
  organization: { id: string; name: string } | undefined;
  /** Every digest that listed the paper, oldest first. */
  appearances: { digest: string; comments: number }[];
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

/** Merges the entries of all digests into one record per distinct title. Digests are taken oldest first. */
export function collectPapers(digests: readonly Digest[]): { papers: CollectedPaper[]; report: CollectReport } {
  const byKey = new Map<string, CollectedPaper>();
  const report: CollectReport = { entries: 0, duplicates: 0, incomplete: [], warnings: [] };
  const ordered = [...digests].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  for (const digest of ordered) {
    report.warnings.push(...digest.warnings);
    for (const entry of digest.entries) {
      report.entries++;
      if (entry.missing.length > 0) {
        report.incomplete.push({ file: digest.file, line: entry.line, title: entry.title, missing: entry.missing });
      }
      const { title, key } = listedPaper(entry.title);
      const abstract = entry.abstract === undefined ? undefined : cleanLatex(entry.abstract);
      const source = { file: digest.file, line: entry.line };
      const known = byKey.get(key);
      if (!known) {
        byKey.set(key, {
          key,
          title,
          abstract,
          published: entry.published,
          authors: entry.authors,
          organization: entry.organization,
          appearances: [{ digest: digest.date, comments: entry.comments }],
          sources: [source],
        });
        continue;
      }
      report.duplicates++;
      known.sources.push(source);
      known.abstract ??= abstract;
      if (known.authors === undefined && known.organization === undefined) {
        known.authors = entry.authors;
        known.organization = entry.organization;
      }
      if (known.published === undefined) known.published = entry.published;
      else if (entry.published !== undefined && entry.published !== known.published) {
        report.warnings.push(
          `${digest.file}:${entry.line}: "${title}" is listed as published ${entry.published}, but ${known.published} in an earlier listing; keeping ${known.published}`,
        );
      }
      const sameDigest = known.appearances.find((appearance) => appearance.digest === digest.date);
      // A paper listed twice in one digest is one appearance; the higher count is the later snapshot.
      if (sameDigest) sameDigest.comments = Math.max(sameDigest.comments, entry.comments);
      else known.appearances.push({ digest: digest.date, comments: entry.comments });
    }
  }
  return { papers: [...byKey.values()], report };
}
