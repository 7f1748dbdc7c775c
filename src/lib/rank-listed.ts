/** The order of a day's, week's or month's listings: the most upvoted first, then the most discussed, then as listed. */
import type { Appearance, Paper } from './paper.ts';

/** A paper as one digest listed it. */
export interface ListedPaper {
  paper: Paper;
  /** That digest's listing, with the counts it showed. */
  appearance: Appearance;
}

/**
 * Ranks listings given in listing order (the latest digest first, each in its own order): by the upvotes their
 * listing showed, most first, then by comments, then as given. A listing that showed no upvotes ranks after every
 * one that did, even one showing none: its count is unknown, not zero, and a plain-text digest shows none at all.
 */
export function rankListed<T extends ListedPaper>(entries: readonly T[]): T[] {
  // Array.prototype.sort is stable, so equal listings keep the order they were given in.
  return [...entries].sort(
    (a, b) =>
      (b.appearance.upvotes ?? -1) - (a.appearance.upvotes ?? -1) || b.appearance.comments - a.appearance.comments,
  );
}
