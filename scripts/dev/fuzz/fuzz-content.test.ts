import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkContentFile, contentSeeds, mutatedContent } from './fuzz-content.ts';
import { SHORT_RUN } from './fuzz-digests.ts';

const seeds = contentSeeds();

// The short run; `npm run fuzz -- --runs N` runs the same property longer and bigger.
// CPU-bound properties run several times longer on a busy machine: the timeout only catches a hang.
describe('checking mutated real paper and topic files (fuzz)', { timeout: 120_000 }, () => {
  test("refuses each with the check's own errors, or accepts what the site reads, and never throws", () => {
    fc.assert(
      fc.property(mutatedContent(seeds, SHORT_RUN), (mutated) => {
        checkContentFile(mutated);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkContentFile', () => {
  test('accepts every real seed unchanged', () => {
    for (const seed of seeds) {
      expect(checkContentFile({ kind: seed.kind, file: seed.file, text: seed.lines.join('\n') })).toBe('accepted');
    }
  });

  test('refuses a topic that exports code', () => {
    const [topic] = seeds.filter((seed) => seed.kind === 'topic');
    const text = `${topic?.lines.join('\n') ?? ''}\nexport const x = 1;\n`;
    expect(checkContentFile({ kind: 'topic', file: topic?.file ?? '', text })).toBe('refused');
  });
});
