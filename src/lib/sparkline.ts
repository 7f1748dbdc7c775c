/** The geometry of a small inline chart of a paper's comment count across the digests that listed it. */

export interface SparklinePoint {
  x: number;
  y: number;
  value: number;
}

export interface Sparkline {
  width: number;
  height: number;
  /** The `points` attribute of the polyline. */
  points: string;
  dots: SparklinePoint[];
}

/**
 * Evenly spaced points for the values, scaled so the largest touches the top and zero the bottom,
 * inside a padding that keeps the dots whole. Undefined for fewer than two values: one point is no line.
 */
export function sparkline(values: readonly number[], width = 160, height = 40, padding = 4): Sparkline | undefined {
  if (values.length < 2) return undefined;
  const max = Math.max(1, ...values);
  const step = (width - 2 * padding) / (values.length - 1);
  const round = (number: number): number => Math.round(number * 10) / 10;
  const dots = values.map((value, index) => ({
    x: round(padding + index * step),
    y: round(height - padding - (value / max) * (height - 2 * padding)),
    value,
  }));
  return { width, height, points: dots.map(({ x, y }) => `${x},${y}`).join(' '), dots };
}
