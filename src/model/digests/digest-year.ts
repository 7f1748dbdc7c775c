// The year a listing leaves out: listings print a date's year only when it is not the digest's own, so a digest's
// year comes from its file name or is inferred from the years its entries do show. Shared by every format.
import { ContentError } from '../content-error.ts';
import type { DigestYear } from './digest.ts';
import { isoDate, isRealDate, type ListingDate } from './listing-date.ts';

const ISO_FILE_NAME = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)/;

/** The year, month and day a file's name spells (`2026-02-16.txt`, `digest-2026-02-16.md`), real or not. */
function nameDate(file: string): { year: number; month: number; day: number } | undefined {
  const match = ISO_FILE_NAME.exec(file.split(/[\\/]/).pop() ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

/** The date a file's name gives, if it names a real one. */
export function fileNameDate(file: string): { year: number; month: number; day: number } | undefined {
  const named = nameDate(file);
  return named && isRealDate(named.year, named.month, named.day) ? named : undefined;
}

/** The digest's date and year as its file name gives them, when it names a real date. */
export function fileNameDigestDate(file: string): { date: string; year: DigestYear } | undefined {
  const named = fileNameDate(file);
  if (named === undefined) return undefined;
  return {
    date: isoDate(named.year, named.month, named.day),
    year: { year: named.year, source: 'file name', reason: `the file name says ${named.year}` },
  };
}

/**
 * The digest's year for a header date that shows month and day: the file name's, when it names a date (which must
 * agree with the header), else one more than the latest year an entry shows (`shownYears`).
 */
export function digestYear(
  file: string,
  header: ListingDate & { line: number },
  shownYears: readonly number[],
): DigestYear {
  const named = nameDate(file);
  if (named) {
    const { year, month, day } = named;
    if (month !== header.month || day !== header.day) {
      throw new ContentError(
        file,
        header.line,
        `the file name says ${isoDate(year, month, day)} but the header's date is ${isoDate(year, header.month, header.day).slice(5)}; expected the same month and day`,
      );
    }
    return { year, source: 'file name', reason: `the file name says ${year}` };
  }
  if (shownYears.length === 0) {
    const extension = /\.[a-z]+$/.exec(file)?.[0] ?? '.txt';
    throw new ContentError(
      file,
      header.line,
      `cannot infer the digest's year: no entry shows a year; expected the date in the file name (e.g. "2026-02-16${extension}")`,
    );
  }
  // A loop, not Math.max(...years): spreading a huge digest's years overflows the call stack (found by the fuzz test).
  const latest = shownYears.reduce((most, each) => Math.max(most, each));
  return {
    year: latest + 1,
    source: 'inferred',
    reason: `listings show a year only for earlier years, and the latest shown is ${latest}`,
  };
}

/**
 * An entry's publication date, `YYYY-MM-DD`: a date without a year is in the digest's `year`. A date that does not
 * exist is an error naming its line; one after the digest's date is kept, with a warning.
 */
export function publishedDate(
  file: string,
  date: ListingDate & { line: number },
  year: number,
  digestDate: string,
  warnings: string[],
): string {
  const { month, day, line } = date;
  const resolvedYear = date.year ?? year;
  if (!isRealDate(resolvedYear, month, day)) {
    throw new ContentError(
      file,
      line,
      `${isoDate(resolvedYear, month, day)} does not exist; expected a real calendar date`,
    );
  }
  const published = isoDate(resolvedYear, month, day);
  if (published > digestDate) {
    warnings.push(`${file}:${line}: published ${published} is after the digest's date ${digestDate}`);
  }
  return published;
}
