/** The geometry of the papers-per-month bar chart on `/dates/`: one bar per month, first to last, gaps included. */

/** Room under the bars for the year labels. */
const LABEL_SPACE = 18;
/** A four-digit year label is about this wide at the chart's font size. */
const MIN_LABEL_DISTANCE = 36;

export interface MonthBar {
  /** `YYYY-MM`. */
  month: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MonthChart {
  width: number;
  height: number;
  bars: MonthBar[];
  /** Year labels at Januaries (and at the first month when there is room), with their x position. */
  years: { year: string; x: number }[];
  max: number;
}

/** Months from the first to the last with papers, inclusive, as `YYYY-MM`. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/**
 * Bars for paper counts per month (`YYYY-MM` -> count) across a chart of fixed size, scaled to the
 * busiest month; months without papers between the first and last get no bar but keep their slot, so
 * the time axis stays even. Year labels are spaced so they never overlap. Undefined when there are none.
 */
export function monthChart(counts: ReadonlyMap<string, number>, width = 720, height = 140): MonthChart | undefined {
  const keys = [...counts.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const months = monthRange(first, last);
  const max = Math.max(1, ...counts.values());
  const plot = height - LABEL_SPACE;
  const slot = width / months.length;
  const round = (number: number): number => Math.round(number * 100) / 100;
  const bars = months.map((month, index) => {
    const count = counts.get(month) ?? 0;
    const barHeight = count === 0 ? 0 : Math.max(1, Math.round((count / max) * plot));
    return {
      month,
      count,
      x: round(index * slot),
      y: plot - barHeight,
      width: round(Math.max(1, slot * 0.8)),
      height: barHeight,
    };
  });
  // Label each January, and the first month when the first January is far enough away to leave room.
  const years: { year: string; x: number }[] = [];
  for (const bar of bars) {
    if (!bar.month.endsWith('-01')) continue;
    const previous = years.at(-1);
    if (previous && bar.x - previous.x < MIN_LABEL_DISTANCE) continue;
    years.push({ year: bar.month.slice(0, 4), x: bar.x });
  }
  const start = bars[0];
  if (start && !start.month.endsWith('-01') && (years[0]?.x ?? Infinity) - start.x >= MIN_LABEL_DISTANCE) {
    years.unshift({ year: start.month.slice(0, 4), x: start.x });
  }
  return { width, height, bars, years, max };
}
