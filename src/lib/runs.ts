/** Consecutive items that share a key, so one page of a flat listing can show its items under group headings. */

export interface Run<T, K> {
  key: K;
  items: T[];
  /** The run goes on from the item before these (on an earlier page). */
  continued: boolean;
}

/**
 * Splits items into runs of consecutive items with the same key. `before` is the item just before
 * `items` in the whole listing, if any: a first run with its key continues it.
 */
export function runs<T, K>(items: readonly T[], key: (item: T) => K, before?: T): Run<T, K>[] {
  const result: Run<T, K>[] = [];
  let current: Run<T, K> | undefined;
  for (const item of items) {
    const itemKey = key(item);
    if (current?.key !== itemKey) {
      current = {
        key: itemKey,
        items: [],
        continued: current === undefined && before !== undefined && key(before) === itemKey,
      };
      result.push(current);
    }
    current.items.push(item);
  }
  return result;
}
