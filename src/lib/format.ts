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

/**
 * A span of days: `Apr 13–19, 2026`, `Mar 30 – Apr 5, 2026`, or `Dec 29, 2025 – Jan 4, 2026`, naming the month
 * and the year once where both days share them.
 */
export function formatDateRange(first: string, last: string): string {
  const [from, to] = [formatDate(first), formatDate(last)];
  if (first.slice(0, 4) !== last.slice(0, 4)) return `${from} – ${to}`;
  const year = first.slice(0, 4);
  const [fromDay, toDay] = [from.slice(0, -`, ${year}`.length), to.slice(0, -`, ${year}`.length)];
  if (first.slice(0, 7) !== last.slice(0, 7)) return `${fromDay} – ${toDay}, ${year}`;
  return `${fromDay}–${String(Number(last.slice(8, 10)))}, ${year}`;
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

/** A file's size as a reader weighs a download: `512 bytes`, `3.4 KB`, `120 KB`, `19.6 MB` (1 KB is 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  const kilobytes = bytes / 1024;
  if (kilobytes < 1000) return `${kilobytes.toFixed(kilobytes < 10 ? 1 : 0)} KB`;
  const megabytes = kilobytes / 1024;
  return `${megabytes.toFixed(megabytes < 100 ? 1 : 0)} MB`;
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
