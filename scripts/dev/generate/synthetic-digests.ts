import { generateDigest } from './write-text-digest.ts';
import type { DigestEntry } from '../../../src/model/digests/digest.ts';
import { createRandom, type Random } from './random.ts';
import { AuthorPool, HIDDEN_AUTHOR_SHARE } from './synthetic-authors.ts';
import { syntheticPaper, teamSize, type SyntheticPaper } from './synthetic-paper.ts';
import { generateJsonDigest, type AuthorToRender, type JsonListingToRender } from './write-json-digest.ts';
import { listedPaper } from '../../../src/model/paper-identity.ts';

/** A generated digest file and what parsing it must give back. */
export interface GeneratedDigest {
  /**
   * The file name: `YYYY-MM-DD.txt`, or a capture's `NNN_<hash>.txt` when the header's year can be inferred;
   * `YYYY-MM-DD.json` for the daily papers API's answer.
   */
  name: string;
  /** `YYYY-MM-DD`. */
  date: string;
  text: string;
  entries: DigestEntry[];
  /** Entries listing a paper for the first time. */
  newPapers: number;
}

/** The first digest's date: archives grow forward from here, one digest per weekday. */
const FIRST_DIGEST = Date.UTC(2020, 0, 6);
const DAY = 86_400_000;
/** Share of a digest's entries that list a paper an earlier digest listed (as often as in the real digests). */
const REPEAT_SHARE = 0.12;
/** Repeats mostly come back while they are recent, as trending papers do. */
const RECENT_WINDOW = 1000;
/** Share of digests named like the real captures, whose year the parser infers from the entries. */
const CAPTURE_NAME_SHARE = 0.25;

interface Known {
  paper: SyntheticPaper;
  /** Its authors' names, when the digests are the API's answers (which name them); none otherwise. */
  authorNames: AuthorToRender[];
  comments: number;
  /** The last digest that listed it, so no digest lists it twice. */
  lastDigest: number;
}

/** What the digests are like. */
export interface GeneratorOptions {
  /**
   * Write the daily papers API's answers (JSON), which name each paper's authors, instead of copied listing pages.
   * The papers, their order and everything else the listings say are the same as without names: the names come
   * from a random source of their own.
   */
  names?: boolean;
}

/**
 * Generates a stream of daily digests from a seed: each call to `next` gives the following weekday's
 * digest. Same seed, same calls: same bytes.
 */
export class DigestGenerator {
  readonly #random: Random;
  readonly #names: { random: Random; pool: AuthorPool } | undefined;
  readonly #known: Known[] = [];
  readonly #keys = new Set<string>();
  #index = 0;
  #day = FIRST_DIGEST;

  constructor(seed: string, options: GeneratorOptions = {}) {
    this.#random = createRandom(seed);
    if (options.names === true) {
      const random = createRandom(`${seed}/names`);
      this.#names = { random, pool: new AuthorPool(random) };
    }
  }

  /** Distinct papers listed so far. */
  get papers(): number {
    return this.#known.length;
  }

  /** The next digest, with `entries` entries of which at most `maxNew` list a paper for the first time. */
  next(entries: number, maxNew = entries): GeneratedDigest {
    const random = this.#random;
    const index = this.#index++;
    while ([0, 6].includes(new Date(this.#day).getUTCDay())) this.#day += DAY;
    const day = this.#day;
    this.#day += DAY;
    const date = new Date(day).toISOString().slice(0, 10);

    const listings: JsonListingToRender[] = [];
    let newPapers = 0;
    let withoutMeta = 0;
    let needsAbstract = false;
    for (let slot = 0; slot < entries; slot++) {
      let known = random.chance(REPEAT_SHARE) || newPapers >= maxNew ? this.#repeat(index) : undefined;
      const isNew = known === undefined;
      if (isNew && newPapers < maxNew) known = this.#fresh(index, day);
      if (!known) break;
      if (isNew) newPapers++;
      known.comments = isNew ? initialComments(random) : known.comments + (random.chance(0.3) ? random.int(1, 3) : 0);
      // A digest needs at least half its entries complete; the real one with a bare entry has 33.
      const bare = entries >= 4 && withoutMeta === 0 && random.chance(0.01);
      if (bare) withoutMeta++;
      const noAbstract: boolean = !needsAbstract && random.chance(0.005);
      // A title alone followed by a title alone would read as a title and its abstract.
      needsAbstract = bare && noAbstract;
      listings.push({
        ...known.paper,
        authorNames: known.authorNames,
        abstract: noAbstract ? undefined : known.paper.abstract,
        comments: known.comments,
        withoutMeta: bare,
      });
    }
    const { text, entries: parsed } = this.#names ? generateJsonDigest(date, listings) : generateDigest(date, listings);
    // Named either way, so the main random source runs the same course with names as without.
    const name = this.#name(index, date, parsed);
    return { name: this.#names ? `${date}.json` : name, date, text, entries: parsed, newPapers };
  }

  /** A paper listed before, not yet in this digest; undefined when there is none. */
  #repeat(index: number): Known | undefined {
    const random = this.#random;
    for (let attempt = 0; attempt < 5 && this.#known.length > 0; attempt++) {
      const from = random.chance(0.7) ? Math.max(0, this.#known.length - RECENT_WINDOW) : 0;
      const known = this.#known[random.int(from, this.#known.length - 1)];
      if (known && known.lastDigest !== index) {
        known.lastDigest = index;
        return known;
      }
    }
    return undefined;
  }

  /** A new paper whose title no earlier paper has, published on or before the digest's day. */
  #fresh(index: number, day: number): Known {
    const random = this.#random;
    const back = random.weighted([
      [random.int(0, 30), 40],
      [random.int(31, 365), 35],
      [random.int(366, 1100), 18],
      [random.int(1101, 3000), 7],
    ]);
    const published = new Date(day - back * DAY).toISOString().slice(0, 10);
    for (;;) {
      const paper = syntheticPaper(random, published);
      const key = listedPaper(paper.title).key;
      if (this.#keys.has(key)) continue;
      this.#keys.add(key);
      const known = { paper, authorNames: this.#authorsOf(paper), comments: 0, lastDigest: index };
      this.#known.push(known);
      return known;
    }
  }

  /** A new paper's authors, when the digests name them: as many as a listing counts, or a team's size. */
  #authorsOf(paper: SyntheticPaper): AuthorToRender[] {
    if (!this.#names) return [];
    const { random, pool } = this.#names;
    return pool
      .authorsOf(paper.authors ?? teamSize(random))
      .map((name) => ({ name, hidden: random.chance(HIDDEN_AUTHOR_SHARE) }));
  }

  /** Most digests carry their date in the name; some are named like the real captures, their year left to inference. */
  #name(index: number, date: string, entries: readonly DigestEntry[]): string {
    const random = this.#random;
    const year = Number(date.slice(0, 4));
    // The parser infers the year after the latest year any entry shows, so that has to be last year.
    const shownYears = entries.flatMap((entry) =>
      entry.published === undefined || entry.published.startsWith(String(year))
        ? []
        : [Number(entry.published.slice(0, 4))],
    );
    const inferable = shownYears.length > 0 && Math.max(...shownYears) === year - 1;
    if (inferable && random.chance(CAPTURE_NAME_SHARE)) {
      let hash = '';
      for (let part = 0; part < 4; part++) hash += random.int(0, 0xffff).toString(16).padStart(4, '0');
      return `${String(index + 1).padStart(3, '0')}_${hash}.txt`;
    }
    return `${date}.txt`;
  }
}

/** Realistic digests listing `papers` distinct papers: daily digests of 28 to 40 entries, about one in eight a repeat. */
export function generateDigests(
  papers: number,
  seed: string,
  options: GeneratorOptions = {},
): { digests: GeneratedDigest[]; generator: DigestGenerator } {
  const generator = new DigestGenerator(seed, options);
  const sizes = createRandom(`${seed}/sizes`);
  const digests: GeneratedDigest[] = [];
  while (generator.papers < papers) {
    digests.push(generator.next(sizes.int(28, 40), papers - generator.papers));
  }
  return { digests, generator };
}

/** Most papers show no comment count; a few draw a discussion. */
function initialComments(random: Random): number {
  return random.weighted([
    [0, 65],
    [random.int(1, 3), 25],
    [random.int(4, 9), 8],
    [random.int(10, 60), 2],
  ]);
}
