/** How dates and counts read on the site: fixed English formats, the same on every machine. */

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `09` (or 9) as `September`. */
export function monthName(month: string | number): string {
  const name = MONTH_NAMES[Number(month) - 1];
  if (name === undefined) throw new RangeError(`expected a month from 1 to 12, got ${month}`);
  return name;
}

/** `2025-09-18` as `Sep 18, 2025`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`expected a date as YYYY-MM-DD, got "${iso}"`);
  }
  return `${monthName(month).slice(0, 3)} ${Number(day)}, ${year}`;
}

/** `2025`, `09` as `September 2025`. */
export function formatMonth(year: string, month: string): string {
  return `${monthName(month)} ${year}`;
}

/** `2025`, `09` as `Sep 2025`, for chart labels. */
export function formatShortMonth(year: string, month: string): string {
  return `${monthName(month).slice(0, 3)} ${year}`;
}

// One formatter for the whole build: toLocaleString makes a new one per call, a cost every listing entry paid.
const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** A count with thousands separators: `12,345`. */
export function formatCount(count: number): string {
  return COUNT_FORMAT.format(count);
}

/** A count and its noun, in the singular for one: `1 paper`, `2,000 papers`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** The counts a listing showed: `3 comments`, and its upvotes when it showed some, `3 comments, 41 upvotes`. */
export function listingCounts(comments: number, upvotes: number | undefined): string {
  const counts = [plural(comments, 'comment')];
  if (upvotes !== undefined) counts.push(plural(upvotes, 'upvote'));
  return counts.join(', ');
}
