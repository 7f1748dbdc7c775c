/** A digest as the site needs it: its date and the identity of each paper it lists, in listing order. */
import { ContentError } from '../model/content-error.ts';
import { parseDigest } from '../model/digests/parse-digest.ts';
import { listedPaper } from '../model/paper-identity.ts';

/** One digest: where it came from, its date, and its entries in listing order. */
export interface DigestListing {
  /** The digest file, relative to the project root. */
  file: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Each entry's paper identity (`listedPaper(title).key`, and its arXiv id when the listing gave one) and line. */
  entries: { key: string; arxiv?: string | undefined; line: number }[];
}

/** Where the site finds a paper's slug: by the key of its listed title, or by its arXiv id. */
export interface SlugIndex {
  byKey: ReadonlyMap<string, string>;
  byArxiv: ReadonlyMap<string, string>;
}

/** Reads a digest file's bytes into its listing, with the content script's parser and title identity. */
export function readDigestListing(file: string, bytes: Uint8Array): DigestListing {
  const digest = parseDigest(file, bytes);
  return {
    file,
    date: digest.date,
    entries: digest.entries.map((entry) => ({
      key: listedPaper(entry.title).key,
      ...(entry.arxiv === undefined ? {} : { arxiv: entry.arxiv }),
      line: entry.line,
    })),
  };
}

/**
 * The slugs of a digest's papers in listing order, each once (a paper listed twice keeps its first
 * place). A paper is found as ingest finds it: by its arXiv id first, then by its title. A listed paper with no
 * file is a content error naming the digest's line.
 */
export function orderDigest(listing: DigestListing, slugs: SlugIndex): string[] {
  const ordered = new Set<string>();
  for (const entry of listing.entries) {
    const slug = (entry.arxiv === undefined ? undefined : slugs.byArxiv.get(entry.arxiv)) ?? slugs.byKey.get(entry.key);
    if (slug === undefined) {
      throw new ContentError(
        listing.file,
        entry.line,
        'this paper has no file in content/papers/; expected one whose listed_title matches it (run `npm run ingest`)',
      );
    }
    ordered.add(slug);
  }
  return [...ordered];
}
