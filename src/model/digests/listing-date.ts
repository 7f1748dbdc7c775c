/** Month abbreviations exactly as listings print them. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A listing date as printed: month and day, the year only when it is not the digest's own year. */
export interface ListingDate {
  month: number;
  day: number;
  year: number | undefined;
}

const MONTH_DAY = new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2})$`);
const DATE_LINE = new RegExp(`^(${MONTHS.join('|')}) (\\d{1,2})(?:, (\\d{4}))?(?: (\\d{1,6}))?$`);
/** Loose shape of a whole date line (`Sept 31, 2025`), to tell a malformed date from free text. */
const DATE_LIKE = new RegExp(`^(?:${MONTHS.join('|')})[a-z]*\\.? \\d{1,2}(?:,? \\d{2,4})?(?: \\d+)?$`);
/** `Sep 18 2025` is a year that lost its comma, not 2025 comments. */
const YEAR_WITHOUT_COMMA = /^(?:19|20)\d\d$/;

/** Parses the digest header's date (`Feb 16`), or returns undefined. */
export function parseMonthDay(line: string): ListingDate | undefined {
  const match = MONTH_DAY.exec(line);
  if (!match) return undefined;
  return checked(monthIndex(match[1]), Number(match[2]), undefined);
}

/**
 * Parses an entry's date line: `Sep 18, 2025 2` is published Sep 18, 2025 with 2 comments on the
 * listing; `Apr 10` is in the digest's year with no comments shown.
 */
export function parseDateLine(line: string): { date: ListingDate; comments: number } | undefined {
  const match = DATE_LINE.exec(line);
  if (!match) return undefined;
  if (match[3] === undefined && match[4] !== undefined && YEAR_WITHOUT_COMMA.test(match[4])) return undefined;
  const date = checked(monthIndex(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  if (!date) return undefined;
  return { date, comments: match[4] === undefined ? 0 : Number(match[4]) };
}

/** True for a line shaped like a date (`Sept 31, 2025`), so a malformed one is reported, not taken as a title. */
export function looksLikeDate(line: string): boolean {
  return DATE_LIKE.test(line);
}

/** Formats a full date as `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the day exists in that month of that year (Feb 29 only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function monthIndex(name: string | undefined): number {
  return MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
}

function checked(month: number, day: number, year: number | undefined): ListingDate | undefined {
  // Without a year, Feb 29 has to be allowed here; the digest's year decides later.
  if (day < 1 || !isRealDate(year ?? 2000, month, day)) return undefined;
  if (year !== undefined && (year < 1900 || year > 9999)) return undefined;
  return { month, day, year };
}
