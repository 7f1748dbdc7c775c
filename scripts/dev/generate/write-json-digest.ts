import type { DigestEntry } from '../../../src/model/digests/digest.ts';
import { readBack, type ListingToRender } from './write-text-digest.ts';

/** A paper's author as the daily papers API lists them; a hidden author is counted but not shown on the Hub. */
export interface AuthorToRender {
  name: string;
  hidden: boolean;
}

/** One listing in a JSON digest: what a text listing shows, with the authors' names. */
export interface JsonListingToRender extends ListingToRender {
  authorNames: readonly AuthorToRender[];
}

/**
 * Renders a digest as the daily papers API answers (`GET /api/daily_papers`): one item per listing, the paper's
 * fields under `paper` (authors with their names, abstract, publication time), the listing's title, comment count
 * and organisation beside it. Returns the entries `parseDailyPapers` must read back from it. A listing without
 * its meta lines gives neither authors, organisation nor date, as in a text digest; there are no ids, upvotes or
 * stars, which the text digests cannot give either, so the two forms of one archive build the same papers but for
 * the names.
 */
export function generateJsonDigest(
  date: string,
  listings: readonly JsonListingToRender[],
): { text: string; entries: DigestEntry[] } {
  const items = listings.map((listing) => ({
    paper: {
      ...(listing.withoutMeta ? {} : { authors: listing.authorNames.map(({ name, hidden }) => ({ name, hidden })) }),
      ...(listing.withoutMeta ? {} : { publishedAt: `${listing.published}T12:00:00.000Z` }),
      title: listing.title,
      ...(listing.abstract === undefined ? {} : { summary: listing.abstract }),
    },
    title: listing.title,
    numComments: listing.withoutMeta ? 0 : listing.comments,
    submittedOnDailyAt: `${date}T08:00:00.000Z`,
    ...(listing.withoutMeta || listing.organization === undefined
      ? {}
      : { organization: { name: listing.organization.id, fullname: listing.organization.name } }),
  }));
  // Each item starts on the line after the previous one ends; the first after the opening bracket.
  let line = 2;
  const entries = listings.map((listing, index): DigestEntry => {
    const start = line;
    line += JSON.stringify(items[index], null, 2).split('\n').length;
    const named = listing.withoutMeta ? [] : listing.authorNames;
    return readBack(listing, start, {
      authors: named.length === 0 ? undefined : named.length,
      authorNames: listing.withoutMeta ? undefined : named.filter(({ hidden }) => !hidden).map(({ name }) => name),
    });
  });
  return { text: JSON.stringify(items, null, 2), entries };
}
