/**
 * What was listed each ISO week and each calendar month, by the date of the digest that listed it (never by the
 * date a paper was published): every period's papers once, ranked, with the periods before and after it.
 */
import { formatDate, formatDateRange, formatMonth } from './format.ts';
import { monthId } from './group-dates.ts';
import { isoWeek } from './iso-week.ts';
import { rankListed, type ListedPaper } from './rank-listed.ts';

/** A day's listing, as the archive's digests hold it. */
export interface ListedDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Its papers in the digest's own order. */
  entries: readonly ListedPaper[];
}

/** The papers listed in one week or month. */
export interface ListingPeriod {
  /** `2026-W17` for a week, `2026-04` for a month. */
  id: string;
  /** The period's first and last day, `YYYY-MM-DD`: a week's Monday and Sunday, a month's first and last. */
  first: string;
  last: string;
  /** What readers call it: `Apr 20 – 26, 2026` for a week, `April 2026` for a month. */
  name: string;
  /** The dates of its digests, latest first. */
  days: string[];
  /**
   * Each paper once, ranked (rank-listed.ts). A paper listed on several of its days counts as its latest listing
   * there shows it, in that listing's place.
   */
  entries: ListedPaper[];
  /** The ids of the periods before and after it that have listings. */
  previous: string | undefined;
  next: string | undefined;
}

/** Which period a day falls in. */
export type PeriodOf = (date: string) => Pick<ListingPeriod, 'id' | 'first' | 'last' | 'name'>;

/** A day's ISO week (`2026-W17`, Monday to Sunday). */
export const weekOf: PeriodOf = (date) => {
  const week = isoWeek(date);
  return { id: week.id, first: week.monday, last: week.sunday, name: formatDateRange(week.monday, week.sunday) };
};

/** A day's calendar month (`2026-04`). */
export const monthOf: PeriodOf = (date) => {
  const [year = '', month = ''] = date.split('-');
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return {
    id: monthId({ year, month }),
    first: `${year}-${month}-01`,
    last: `${year}-${month}-${String(days)}`,
    name: formatMonth(year, month),
  };
};

/**
 * A day's digest as a period of its own, so its page and its feed take the shape of a week's and a month's: its id is
 * its date, and its papers are the day's ranked (the archive ranks each digest once).
 */
export function dayPeriod(digest: {
  date: string;
  ranked: ListedPaper[];
  previous: string | undefined;
  next: string | undefined;
}): ListingPeriod {
  const { date, previous, next } = digest;
  return {
    id: date,
    first: date,
    last: date,
    name: formatDate(date),
    days: [date],
    entries: digest.ranked,
    previous,
    next,
  };
}

/** What a period has gathered: its days, and each of its papers once, by slug. */
interface PeriodGroup {
  period: ReturnType<PeriodOf>;
  days: string[];
  listed: Map<string, ListedPaper>;
}

/** Groups days of listings into periods. Give the days latest first: the periods come latest first too. */
export function groupListings(days: readonly ListedDay[], periodOf: PeriodOf): ListingPeriod[] {
  const groups = new Map<string, PeriodGroup>();
  for (const day of days) {
    const period = periodOf(day.date);
    const group: PeriodGroup = groups.get(period.id) ?? { period, days: [], listed: new Map() };
    groups.set(period.id, group);
    group.days.push(day.date);
    // Days come latest first, so a paper listed twice in a period is kept as its latest listing.
    for (const entry of day.entries) if (!group.listed.has(entry.paper.slug)) group.listed.set(entry.paper.slug, entry);
  }
  const sorted = [...groups.values()].sort((a, b) => (a.period.id < b.period.id ? 1 : -1));
  return sorted.map(({ period, days, listed }, index) => ({
    ...period,
    days,
    entries: rankListed([...listed.values()]),
    previous: sorted[index + 1]?.period.id,
    next: sorted[index - 1]?.period.id,
  }));
}
