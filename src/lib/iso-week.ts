/** The ISO 8601 week a date falls in: weeks start on Monday, and week 1 is the week holding the year's first Thursday. */

/** An ISO week: its id (`2026-W16`) and the dates of its Monday and Sunday. */
export interface IsoWeek {
  /** `YYYY-Www`, the week-numbering year and the week, as ISO 8601 writes them. */
  id: string;
  /** The week-numbering year, which differs from the calendar year for a few days around New Year. */
  year: number;
  /** 1 to 53. */
  week: number;
  /** `YYYY-MM-DD` of the week's Monday and Sunday. */
  monday: string;
  sunday: string;
}

const DAY = 86_400_000;

function utcDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (date?.toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`expected a date as YYYY-MM-DD, got "${iso}"`);
  }
  return date;
}

const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The ISO week of a `YYYY-MM-DD` date. */
export function isoWeek(iso: string): IsoWeek {
  const date = utcDate(iso);
  // Monday is 0. The week belongs to the year of its Thursday.
  const weekday = (date.getUTCDay() + 6) % 7;
  const monday = date.getTime() - weekday * DAY;
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return {
    id: `${year}-W${String(week).padStart(2, '0')}`,
    year,
    week,
    monday: isoDay(monday),
    sunday: isoDay(monday + 6 * DAY),
  };
}

/**
 * The ISO week an id names (`2026-W17`), or `undefined` when there is no such week: not of that shape, week 0, or a
 * 53rd week in a year that has 52.
 */
export function isoWeekOfId(id: string): IsoWeek | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(id);
  if (!match) return undefined;
  const [year, week] = [Number(match[1]), Number(match[2])];
  // Week 1 is the week of January 4.
  const january4 = Date.UTC(year, 0, 4);
  const monday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY;
  const found = isoWeek(isoDay(monday));
  return found.id === id ? found : undefined;
}
