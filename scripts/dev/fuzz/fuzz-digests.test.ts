import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  applyMutations,
  API_ANSWERS,
  CAPTURES,
  checkCollect,
  checkDigest,
  mutatedDigest,
  seedDigest,
  SHORT_RUN,
} from './fuzz-digests.ts';

const DIGESTS = 'content/digests';
const seeds = [
  ...readdirSync(DIGESTS).map((name) => seedDigest(`${DIGESTS}/${name}`, readFileSync(`${DIGESTS}/${name}`))),
  ...[...CAPTURES, ...API_ANSWERS].map(({ name, file }) => seedDigest(name, readFileSync(file))),
];

// The short run; `npm run fuzz -- --runs N` runs the same properties longer and bigger. Its properties are CPU-bound
// and take several times longer on a busy machine: the timeout only catches a hang, never measures speed.
describe('parsing mutated real digests (fuzz)', { timeout: 120_000 }, () => {
  test('refuses with a ContentError naming file and line, or accepts without losing an entry', () => {
    fc.assert(
      fc.property(mutatedDigest(seeds, SHORT_RUN), (mutated) => {
        checkDigest(mutated);
      }),
      { numRuns: 150 },
    );
  });

  test('collectPapers accounts for every entry of the digests accepted together', () => {
    fc.assert(
      fc.property(fc.array(mutatedDigest(seeds, SHORT_RUN), { minLength: 1, maxLength: 3 }), (mutated) => {
        checkCollect(mutated.flatMap((digest) => checkDigest(digest) ?? []));
      }),
      { numRuns: 40 },
    );
  });
});

describe('checkDigest', () => {
  const [seed] = seeds;
  if (!seed) throw new Error(`no digest in ${DIGESTS}`);
  const plain = { eol: 'lf', bom: false, finalBreak: false } as const;

  test('accepts every real digest unchanged, in every encoding, with all its titles', () => {
    for (const each of seeds) {
      for (const eol of ['lf', 'crlf', 'cr', 'mixed'] as const) {
        const mutated = applyMutations(each, [], { eol, bom: true, finalBreak: true });
        expect(mutated.titles).toHaveLength(each.titles.size);
        expect(checkDigest(mutated)?.entries).toHaveLength(each.titles.size);
      }
    }
  });

  test('tracks title lines through moves, and stops tracking a changed one', () => {
    const [first, second] = [...seed.titles].sort((a, b) => a - b);
    const swapped = applyMutations(seed, [{ kind: 'swap', at: first ?? 0, to: second ?? 0 }], plain);
    expect(swapped.titles.slice(0, 2).map((title) => title.text)).toEqual([
      seed.lines[second ?? 0],
      seed.lines[first ?? 0],
    ]);
    const changed = applyMutations(seed, [{ kind: 'replace', at: first ?? 0, text: 'Another Title' }], plain);
    expect(changed.titles).toHaveLength(seed.titles.size - 1);
  });

  test('lets a title moved right above a "·" line be read as an organisation, as the format says', () => {
    const seed004 = seeds.find((each) => each.name.endsWith('004_a694c269b68bac59.txt'));
    if (!seed004) throw new Error('expected the real digest 004');
    // LatentLens (line 189) has no author or date lines. Drop the next entry's title, abstract and
    // author line, leaving its "·" and date, and copy another title above them.
    expect(seed004.lines[192]).toMatch(/^TPLA: /);
    expect(seed004.lines[216]).toBe('Efficient Content-Based Sparse Attention with Routing Transformers');
    const mutated = applyMutations(
      seed004,
      [
        { kind: 'delete', at: 192, length: 5 },
        { kind: 'duplicate', at: 211, to: 192 },
      ],
      plain,
    );
    const latentLens = checkDigest(mutated)?.entries.find((entry) => entry.line === 189);
    expect(latentLens?.organization).toEqual({
      id: 'Efficient',
      name: 'Content-Based Sparse Attention with Routing Transformers',
    });
  });

  test('fails when a parse loses a title line it accepted', () => {
    // Claim line 14 (the blank line after the first title) holds a title: no entry starts there.
    const lost = { ...applyMutations(seed, [], plain) };
    lost.titles = [...lost.titles, { line: 14, text: 'not an entry' }];
    expect(() => checkDigest(lost)).toThrow(/lost the title on line 14/);
  });
});
