// What every digest format's parser gives: one day's listing, format-independent.

/** A field an entry can lack; what is missing is reported, never guessed. */
export type MissingField = 'abstract' | 'authors' | 'published';

/** One paper as a digest lists it, with the line numbers it came from. */
export interface DigestEntry {
  /** Line of the title, 1-based. */
  line: number;
  title: string;
  abstract: string | undefined;
  authors: number | undefined;
  organization: { id: string; name: string } | undefined;
  /** `YYYY-MM-DD`, the year resolved against the digest's year. */
  published: string | undefined;
  /** The comment count the listing showed (0 when it showed none). */
  comments: number;
  missing: MissingField[];
}

/** How the digest's year was decided, reported by ingest. */
export interface DigestYear {
  year: number;
  source: 'file name' | 'inferred';
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
