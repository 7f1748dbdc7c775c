/** Which of a paper's authors a page names, and how many it leaves unnamed. */
import type { PaperData } from '../model/schema.ts';

/** What a listing said of a paper's authors: how many, and their names (fewer, when the Hub hides some). */
type ListedAuthors = { [Field in 'authors' | 'author_names']?: Readonly<PaperData[Field]> };

/** The names to show, in the paper's order, and how many authors there are besides them. */
export interface ShownAuthors {
  names: readonly string[];
  /** Authors not shown: past the limit, or hidden by the Hub (a listing counts them but does not name them). */
  more: number;
}

/**
 * The first `limit` names of a paper's authors, and the number of the others. The count is the listing's when it
 * counted more authors than it named, so a paper with hidden authors never reads as if the names were all of them.
 */
export function shownAuthors(data: ListedAuthors, limit = Infinity): ShownAuthors {
  const named = data.author_names ?? [];
  const total = Math.max(data.authors ?? 0, named.length);
  const names = named.slice(0, limit);
  return { names, more: total - names.length };
}

/** Names as one line of text: `A, B, C`, and `and 2 more` after them when some are not shown. */
export function authorsText({ names, more }: ShownAuthors): string {
  const listed = names.join(', ');
  return more > 0 ? `${listed} and ${more} more` : listed;
}
