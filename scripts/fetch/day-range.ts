// Which days `npm run fetch` saves: one day, or every day of a range, as `YYYY-MM-DD` in UTC.
import { isRealDate } from '../../src/model/digests/listing-date.ts';

/** The longest range one run fetches: a year of days is a backfill; more is a mistake in a date. */
export const MAX_DAYS = 366;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the options ask for: `date` alone, or `from` and/or `to`; none means today. */
export interface DayOptions {
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** An option that does not name days; the message says which and what was expected. */
export class DayRangeError extends Error {
  override name = 'DayRangeError';
}

/**
 * The days to fetch, oldest first. `today` is the current UTC day: it is the default for `date` and for the end of
 * a range, and no day after it can be asked for (the API has no listing for tomorrow).
 */
export function dayRange(options: DayOptions, today: string): string[] {
  const { date, from, to } = options;
  if (date !== undefined && (from !== undefined || to !== undefined)) {
    throw new DayRangeError('--date does not go with --from or --to: give one day, or a range');
  }
  if (date !== undefined) return [parseDay('--date', date, today)];
  if (from === undefined && to !== undefined) throw new DayRangeError('--to needs --from: the first day of the range');
  if (from === undefined) return [today];
  const first = parseDay('--from', from, today);
  const last = to === undefined ? today : parseDay('--to', to, today);
  if (first > last) throw new DayRangeError(`--from ${first} is after --to ${last}; expected the earlier day first`);
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) {
    days.push(day);
    if (days.length > MAX_DAYS) {
      throw new DayRangeError(`${first} to ${last} is more than ${MAX_DAYS} days; expected a shorter range`);
    }
  }
  return days;
}

/** Today in UTC, the day the API's listings are dated by. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function parseDay(option: string, text: string, today: string): string {
  const match = ISO_DAY.exec(text);
  if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new DayRangeError(`${option} ${text} is not a day; expected YYYY-MM-DD, like ${today}`);
  }
  if (text > today) throw new DayRangeError(`${option} ${text} is after today (${today} UTC); expected a past day`);
  return text;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
