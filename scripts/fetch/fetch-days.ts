// `npm run fetch`: each day's daily papers answer saved as `<digests>/<date>.json`, a digest like the others. An
// answer is checked with the digest parser before anything is written, and written whole or not at all.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentErrorsIn } from '../../src/model/content-error.ts';
import { listFolder } from '../../src/model/content-folder.ts';
import { digestId, isDigestFile, parseDigest } from '../../src/model/digests/parse-digest.ts';
import { writeFiles } from '../shared/write-files.ts';
import { fetchDailyPapers, FetchError, type ApiOptions } from './daily-papers-api.ts';

export interface FetchDaysOptions {
  days: readonly string[];
  digestsDir: string;
  /** The digests folder as messages show it. */
  shownDir: string;
  api: ApiOptions;
  /** Told when a day starts, for progress. */
  onDay?: (day: string, index: number) => void;
}

/** What became of one day. */
export type DayResult =
  | { day: string; status: 'new' | 'updated' | 'unchanged'; file: string; papers: number }
  | { day: string; status: 'empty' }
  | { day: string; status: 'skipped'; reason: string }
  | { day: string; status: 'failed'; reason: string };

/**
 * Fetches and saves each day in turn. A day another digest already lists (a pasted listing or a capture) is
 * skipped, since one day has one digest; a day without papers writes nothing; a failure writes nothing for its day
 * and the run goes on to the next.
 */
export async function fetchDays(options: FetchDaysOptions): Promise<DayResult[]> {
  const listed = await listedDays(options.digestsDir, options.shownDir);
  const results: DayResult[] = [];
  for (const [index, day] of options.days.entries()) {
    options.onDay?.(day, index);
    results.push(await fetchDay(day, listed.get(day), options));
  }
  return results;
}

async function fetchDay(day: string, listedBy: string | undefined, options: FetchDaysOptions): Promise<DayResult> {
  const name = `${day}.json`;
  if (listedBy !== undefined && listedBy !== name) {
    return {
      day,
      status: 'skipped',
      reason: `${options.shownDir}/${listedBy} already lists ${day}; one day has one digest`,
    };
  }
  let items: unknown[];
  try {
    items = await fetchDailyPapers(day, options.api);
  } catch (error) {
    if (error instanceof FetchError) return { day, status: 'failed', reason: error.message };
    throw error;
  }
  if (items.length === 0) return { day, status: 'empty' };
  const file = `${options.shownDir}/${name}`;
  const text = `${JSON.stringify(items, null, 2)}\n`;
  try {
    parseDigest(file, new TextEncoder().encode(text));
  } catch (error) {
    const errors = contentErrorsIn(error);
    if (errors === undefined) throw error;
    const reasons = errors.map((each) => each.message).join('; ');
    return {
      day,
      status: 'failed',
      reason: `the answer is not one the archive can read, so nothing was written: ${reasons}`,
    };
  }
  const before = await readFile(join(options.digestsDir, name), 'utf8').catch(() => undefined);
  if (before === text) return { day, status: 'unchanged', file, papers: items.length };
  // Staged beside the file, then renamed into place: a reader never sees half an answer.
  await writeFiles(options.digestsDir, [{ name, text }]);
  return { day, status: before === undefined ? 'new' : 'updated', file, papers: items.length };
}

/**
 * The day each digest in the folder lists, by file name. A `<date>.json` is its name's day; any other digest is
 * read to find its day. A digest that cannot be read is left to ingest and the check to report.
 */
async function listedDays(dir: string, shownDir: string): Promise<Map<string, string>> {
  const { files } = await listFolder(dir, shownDir, 'digests', { optional: true });
  const days = new Map<string, string>();
  for (const name of files.filter(isDigestFile)) {
    if (name.endsWith('.json') && /^\d{4}-\d{2}-\d{2}$/.test(digestId(name))) {
      days.set(digestId(name), name);
      continue;
    }
    try {
      days.set(parseDigest(`${shownDir}/${name}`, await readFile(join(dir, name))).date, name);
    } catch (error) {
      if (contentErrorsIn(error) === undefined) throw error;
    }
  }
  return days;
}
