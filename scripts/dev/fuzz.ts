// The long fuzz run: `npm run fuzz -- [--runs N] [--seed S] [--digests DIR]`. `npm test` runs a short one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildAccepted } from './fuzz/fuzz-build.ts';
import { checkContentFile, contentSeeds, mutatedContent, type MutatedContent } from './fuzz/fuzz-content.ts';
import {
  API_ANSWERS,
  CAPTURES,
  checkCollect,
  checkDigest,
  LONG_RUN,
  mutatedDigest,
  seedDigest,
} from './fuzz/fuzz-digests.ts';
import { listFolder } from '../../src/model/content-folder.ts';
import { parseCli } from '../shared/parse-cli.ts';

/** How many accepted files the site is built from: enough shapes for one build, which takes a while whatever it holds. */
const MAX_BUILT = 200;

const USAGE = `Usage: npm run fuzz -- [--runs N] [--seed S] [--shrink] [--digests DIR]

Mutates the real digests and the Markdown captures in ../shared/captures (cut, duplicated, swapped and deleted lines, random bytes, huge lines, odd
Unicode, CRLF, CR and a BOM) and checks that parsing refuses each with a ContentError naming the file
and a line, or accepts it without losing an entry; then that collectPapers accounts for every entry; then
mutates real paper and topic files (aliases, deep nesting, huge values, odd Unicode, wrong types, MDX and HTML)
and checks that the content check refuses each with its own errors, or accepts what the site reads; and last,
builds the site from up to ${MAX_BUILT} of the files it accepted.

  --runs N        cases per property (default 2000)
  --seed S        fast-check seed, to replay a failure (default: random, printed)
  --path P        with --seed, replay the one case a failure names
  --shrink        shrink a failing case (slow on multi-megabyte cases; the case is printed either way)
  --digests DIR   the digests to mutate (default content/digests)`;

async function main(): Promise<number> {
  const cli = parseCli('fuzz', USAGE, {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    path: { type: 'string' },
    shrink: { type: 'boolean', default: false },
    digests: { type: 'string', default: 'content/digests' },
  });
  if ('exit' in cli) return cli.exit;
  const { values } = cli;
  const runs = Number(values.runs);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
    console.error(`fuzz: --runs and --seed expect whole numbers\n\n${USAGE}`);
    return 2;
  }
  // The mutations are those of text digests, so the text digests are the seeds.
  const names = (await listFolder(values.digests, values.digests, 'digests')).files.filter((name) =>
    name.endsWith('.txt'),
  );
  const seeds = [
    ...(await Promise.all(
      names.map(async (name) => seedDigest(join(values.digests, name), await readFile(join(values.digests, name)))),
    )),
    ...(await Promise.all(
      [...CAPTURES, ...API_ANSWERS].map(async ({ name, file }) => seedDigest(name, await readFile(file))),
    )),
  ];
  console.log(`fuzz: ${runs} cases per property on ${seeds.length} digests, seed ${seed}`);

  const parse = fc.property(mutatedDigest(seeds, LONG_RUN), (mutated) => {
    checkDigest(mutated);
  });
  const collect = fc.property(fc.array(mutatedDigest(seeds, LONG_RUN), { minLength: 1, maxLength: 4 }), (mutated) => {
    checkCollect(mutated.flatMap((digest) => checkDigest(digest) ?? []));
  });
  const options: RunOptions = { runs, seed, shrink: values.shrink, path: values.path };
  const passedParse = run('parse: refused with file and line, or accepted with every entry', parse, options);
  const passedCollect = run('collectPapers: every entry of accepted digests accounted for', collect, options);
  const accepted: MutatedContent[] = [];
  const content = fc.property(mutatedContent(contentSeeds(), LONG_RUN), (mutated) => {
    if (checkContentFile(mutated) === 'accepted' && accepted.length < MAX_BUILT) accepted.push(mutated);
  });
  const passedContent = run('check: paper and topic files refused with its own errors, or accepted', content, options);
  const built = passedContent && (await buildsAccepted(accepted));
  return passedParse && passedCollect && passedContent && built ? 0 : 1;
}

/** Builds the site from the accepted files and reports it; true when it built. */
async function buildsAccepted(accepted: readonly MutatedContent[]): Promise<boolean> {
  const started = performance.now();
  const failure = await buildAccepted(accepted);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const name = `build: the site builds from ${accepted.length} accepted paper and topic files`;
  if (failure === undefined) {
    console.log(`✓ ${name} in ${seconds}s`);
    return true;
  }
  console.error(`✗ ${name}: it failed (${seconds}s)\n${failure}`);
  return false;
}

interface RunOptions {
  runs: number;
  seed: number;
  shrink: boolean;
  path: string | undefined;
}

/** Runs one property and reports it, with the error and how to replay it; true when it held. */
function run<Ts extends [unknown, ...unknown[]]>(
  name: string,
  property: fc.IProperty<Ts>,
  options: RunOptions,
): boolean {
  const started = performance.now();
  const details = fc.check(property, {
    numRuns: options.runs,
    seed: options.seed,
    endOnFailure: !options.shrink,
    ...(options.path === undefined ? {} : { path: options.path }),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!details.failed) {
    console.log(`✓ ${name}: ${details.numRuns} cases in ${seconds}s`);
    return true;
  }
  const error = details.errorInstance;
  const cause = error instanceof Error && error.cause instanceof Error ? `\ncaused by: ${error.cause.stack ?? ''}` : '';
  console.error(
    [
      `✗ ${name}: failed after ${details.numRuns} cases (${seconds}s)`,
      `case: ${details.counterexample ? fc.stringify(details.counterexample) : '?'}`,
      `error: ${error instanceof Error ? error.message : String(error)}${cause}`,
      `replay: npm run fuzz -- --seed ${details.seed} --path ${details.counterexamplePath ?? ''}`,
    ].join('\n'),
  );
  return false;
}

process.exitCode = await main();
