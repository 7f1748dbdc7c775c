// Bounded parallel work: reading or writing thousands of files one at a time leaves the CPU idle for most of a
// large run, and all at once would run out of file handles.

/** How many files are read or written at once: enough to keep the disk busy, few enough for any file handle limit. */
const CONCURRENCY = 32;

/**
 * Runs `task` over every item, {@link CONCURRENCY} at a time, and returns every outcome in the items' order, so
 * callers report problems in the same order as one-by-one work would.
 */
export async function inParallel<T, R>(
  items: readonly T[],
  task: (item: T) => Promise<R> | R,
): Promise<PromiseSettledResult<R>[]> {
  const results: PromiseSettledResult<R>[] = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await task(items[index] as T) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/** Like {@link inParallel}, but resolves to the values, or rejects with the first item's error once all ended. */
export async function mapInParallel<T, R>(items: readonly T[], task: (item: T) => Promise<R> | R): Promise<R[]> {
  return (await inParallel(items, task)).map(unwrap);
}

/** The value of an outcome, or its error thrown as it was. */
export function unwrap<R>(result: PromiseSettledResult<R> | undefined): R {
  if (result?.status === 'fulfilled') return result.value;
  throw result?.reason;
}
