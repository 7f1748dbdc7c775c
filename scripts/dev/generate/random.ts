/** A seeded pseudo-random source: the same seed gives the same sequence on every machine and Node version. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer from `min` to `max`, both included. */
  int: (min: number, max: number) => number;
  /** True with probability `p`. */
  chance: (p: number) => boolean;
  /** One item of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** One value of a non-empty list of `[value, weight]` pairs, in proportion to the weights. */
  weighted: <T>(choices: readonly (readonly [T, number])[]) => T;
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded from a string through a 32-bit
 * FNV-1a hash and splitmix32. Plain integer arithmetic only, so nothing depends on the platform.
 */
export function createRandom(seed: string): Random {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(seed)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0;
  let mix = hash;
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) >>> 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let counter = 1;
  const next32 = (): number => {
    const result = (a + b + counter) >>> 0;
    counter = (counter + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + result) >>> 0;
    return result;
  };
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed; its author discards 12.
  for (let index = 0; index < 12; index++) next32();

  const next = (): number => next32() / 0x1_0000_0000;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick: expected a non-empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = choices.at(-1);
    if (!last) throw new RangeError('weighted: expected a non-empty list');
    return last[0];
  };
  return { next, int, chance: (p) => next() < p, pick, weighted };
}
