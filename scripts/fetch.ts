// The daily papers fetcher: `npm run fetch [-- --date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]] [--digests DIR]`.
import { relative, resolve } from 'node:path';
import { DEFAULT_ENDPOINT, FETCH_DEFAULTS } from './fetch/daily-papers-api.ts';
import { dayRange, DayRangeError, utcToday } from './fetch/day-range.ts';
import { fetchDays, type DayResult } from './fetch/fetch-days.ts';
import { parseCli } from './shared/parse-cli.ts';

const USAGE = `Usage: npm run fetch -- [options]

Saves the Hugging Face daily papers listing of a day, every page of it, as content/digests/<date>.json.
Then \`npm run ingest\` turns it into paper files.

  --date YYYY-MM-DD   the day to fetch (default: today, in UTC)
  --from YYYY-MM-DD   the first day of a range
  --to YYYY-MM-DD     the last day of a range (default: today)
  --digests DIR       save into DIR (default content/digests)
  --help              show this help

The API is asked at ${DEFAULT_ENDPOINT}, or at HF_ENDPOINT when that is set.
A day another digest already lists is skipped; a day without papers writes nothing.`;

async function main(): Promise<number> {
  const cli = parseCli('fetch', USAGE, {
    date: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    digests: { type: 'string', default: 'content/digests' },
  });
  if ('exit' in cli) return cli.exit;
  const { values } = cli;
  let days: string[];
  try {
    days = dayRange(values, utcToday());
  } catch (error) {
    if (!(error instanceof DayRangeError)) throw error;
    console.error(`fetch: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  // An empty HF_ENDPOINT counts as unset, as in the Hub's client.
  const endpoint = process.env.HF_ENDPOINT?.trim() ? process.env.HF_ENDPOINT.trim() : DEFAULT_ENDPOINT;
  if (!/^https?:\/\/[^/]/.test(endpoint) || !URL.canParse(endpoint)) {
    console.error(`fetch: HF_ENDPOINT is "${endpoint}"; expected an http(s) address like ${DEFAULT_ENDPOINT}`);
    return 2;
  }
  const progress = days.length > 1 && process.stderr.isTTY ? process.stderr : undefined;
  const clear = (): void => {
    progress?.write('\r\u001b[K');
  };
  const results = await fetchDays({
    days,
    digestsDir: resolve(values.digests),
    shownDir: relative(process.cwd(), resolve(values.digests)) || '.',
    api: {
      ...FETCH_DEFAULTS,
      endpoint,
      onRetry: (message) => {
        clear();
        console.error(`  ${message}`);
      },
    },
    onDay: (day, index) => progress?.write(`\r\u001b[K[${index + 1}/${days.length}] fetching ${day}…`),
  });
  clear();
  for (const result of results) {
    if (result.status === 'failed') console.error(`${result.day}: failed: ${result.reason}`);
    else console.log(`${result.day}: ${describe(result)}`);
  }
  if (days.length > 1) console.log(summary(results));
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}

function describe(result: Exclude<DayResult, { status: 'failed' }>): string {
  switch (result.status) {
    case 'new':
    case 'updated':
    case 'unchanged':
      return `${result.papers} ${result.papers === 1 ? 'paper' : 'papers'}, ${result.file} (${result.status})`;
    case 'empty':
      return 'no papers listed; nothing written';
    case 'skipped':
      return `skipped: ${result.reason}`;
  }
}

function summary(results: readonly DayResult[]): string {
  const counts = new Map<string, number>();
  for (const { status } of results) counts.set(status, (counts.get(status) ?? 0) + 1);
  const parts = ['new', 'updated', 'unchanged', 'empty', 'skipped', 'failed'].flatMap((status) => {
    const count = counts.get(status);
    return count === undefined ? [] : [`${count} ${status === 'empty' ? 'without papers' : status}`];
  });
  return `fetch: ${results.length} days: ${parts.join(', ')}`;
}

process.exitCode = await main();
