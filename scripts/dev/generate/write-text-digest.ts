import { MONTHS } from '../../../src/model/digests/listing-date.ts';
import { HEADER } from '../../../src/model/digests/text-digest.ts';
import type { DigestEntry } from '../../../src/model/digests/digest.ts';

/** One listing of a paper in a digest to render, with the lines the listing leaves out. */
export interface ListingToRender {
  title: string;
  abstract: string | undefined;
  authors: number | undefined;
  organization: { id: string; name: string } | undefined;
  /** `YYYY-MM-DD`. */
  published: string;
  comments: number;
  /** The listing shows no author, `·` and date lines (a real digest has such an entry). */
  withoutMeta: boolean;
}

/**
 * Renders a digest exactly as the real captures lay it out (header, then per entry: title, abstract,
 * `  • N authors` or `<org-id> <Org Name>`, `·`, the date with the year only when it is not the digest's,
 * the comment count when there is one), and returns the entries `parseTextDigest` must read back from it.
 */
export function generateDigest(
  date: string,
  listings: readonly ListingToRender[],
): { text: string; entries: DigestEntry[] } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lines = [...HEADER, `${monthName(month)} ${day}`, ''];
  const entries: DigestEntry[] = [];
  for (const listing of listings) {
    const line = lines.length + 1;
    lines.push(listing.title, '');
    if (listing.abstract !== undefined) lines.push(listing.abstract, '');
    if (!listing.withoutMeta) {
      lines.push(
        listing.organization === undefined
          ? `  • ${listing.authors} authors`
          : `${listing.organization.id} ${listing.organization.name}`,
        '·',
        dateLine(listing.published, year, listing.comments),
        '',
      );
    }
    entries.push(
      readBack(listing, line, { authors: listing.withoutMeta ? undefined : listing.authors, authorNames: undefined }),
    );
  }
  // Real captures end right after the last line of text, without a final line break.
  while (lines.at(-1) === '') lines.pop();
  return { text: lines.join('\n'), entries };
}

/**
 * The entry a parser reads back from a rendered listing starting on `line`, given its `authors` as the format gives
 * them: its title and abstract, and its organisation, date and comments unless it leaves its meta lines out. Neither
 * generated form gives an id, upvotes, stars or links beside the abstract.
 */
export function readBack(
  listing: ListingToRender,
  line: number,
  authors: Pick<DigestEntry, 'authors' | 'authorNames'>,
): DigestEntry {
  return {
    line,
    title: listing.title,
    abstract: listing.abstract,
    ...authors,
    organization: listing.withoutMeta ? undefined : listing.organization,
    published: listing.withoutMeta ? undefined : listing.published,
    comments: listing.withoutMeta ? 0 : listing.comments,
    arxiv: undefined,
    upvotes: undefined,
    githubStars: undefined,
    links: [],
  };
}

/** `Sep 18, 2025 2`: the year only when it differs from the digest's, the comment count only when there is one. */
function dateLine(published: string, digestYear: number, comments: number): string {
  const [year, month, day] = published.split('-').map(Number) as [number, number, number];
  const shown = `${monthName(month)} ${day}${year === digestYear ? '' : `, ${year}`}`;
  return comments > 0 ? `${shown} ${comments}` : shown;
}

function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (name === undefined) throw new RangeError(`no month ${month}`);
  return name;
}
