// What every digest format's parser gives: one day's listing, format-independent, and what an entry lacks.

/** A field an entry can lack; what is missing is reported, never guessed. */
export type MissingField = 'abstract' | 'authors' | 'published';

/** One paper as a digest lists it, with the line numbers it came from. */
export interface DigestEntry {
  /** Line of the title, 1-based. */
  line: number;
  title: string;
  abstract: string | undefined;
  /** How many authors the paper has, as the listing counted them (hidden ones too). */
  authors: number | undefined;
  /** The authors' names in order, when the listing gave them (the API does), leaving out those the Hub hides. */
  authorNames: string[] | undefined;
  organization: { id: string; name: string } | undefined;
  /** `YYYY-MM-DD`, the year resolved against the digest's year. */
  published: string | undefined;
  /** The comment count the listing showed (0 when it showed none). */
  comments: number;
  /** The arXiv id without version, when the listing gave one (a capture's paper links do; text digests never). */
  arxiv: string | undefined;
  /** The upvote count the listing showed; undefined when it showed none. */
  upvotes: number | undefined;
  /** The stars of the paper's GitHub repository, when the listing showed them. */
  githubStars: number | undefined;
  /** Links the listing gave beside the abstract (a code repository, a project page), as printed. */
  links: string[];
}

/**
 * What an entry lacks, as ingest reports it: the abstract; the authors, when the listing neither counted them nor
 * named an organisation; the date published.
 */
export function missingFields(entry: DigestEntry): MissingField[] {
  const missing: MissingField[] = [];
  if (entry.abstract === undefined) missing.push('abstract');
  if (entry.authors === undefined && entry.organization === undefined) missing.push('authors');
  if (entry.published === undefined) missing.push('published');
  return missing;
}

/** How the digest's year was decided, reported by ingest. */
export interface DigestYear {
  year: number;
  /** The file name's date, the page's own (a link to a day's listing), or inferred from the entries. */
  source: 'file name' | 'page' | 'inferred';
  reason: string;
}

/** A parsed digest: its date and its entries in listing order. */
export interface Digest {
  file: string;
  /** `YYYY-MM-DD`. */
  date: string;
  year: DigestYear;
  entries: DigestEntry[];
  /** Things worth a contributor's look that do not stop the digest being read. */
  warnings: string[];
}
