// Synthetic digests for benchmarks and tests: `npm run generate -- --papers N [--seed S] [--out DIR]`.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDigests } from './generate/synthetic-digests.ts';
import { missingFields } from '../../src/model/digests/digest.ts';
import { parseCli } from '../shared/parse-cli.ts';

const USAGE = `Usage: npm run generate -- --papers N [--seed S] [--out DIR] [--names]

Writes realistic synthetic digests, in the real digests' format, listing N distinct papers.
The same seed always writes the same bytes.

  --papers N   distinct papers the digests list (required)
  --seed S     any text (default 1)
  --out DIR    the folder to write (default .bench/digests-<N>-<seed>); inside the project it must be
               under .bench/, which is never committed; a folder of earlier generated digests is replaced
  --names      write the daily papers API's answers (YYYY-MM-DD.json), which name the authors,
               instead of copied listing pages; the same papers otherwise
  --help       show this help`;

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** What this script writes, so replacing an earlier run never deletes anything else. */
const GENERATED_NAME = /^(?:(?:\d{4}-\d{2}-\d{2}|\d{3,}_[0-9a-f]{16})\.txt|\d{4}-\d{2}-\d{2}\.json)$/;

async function main(): Promise<number> {
  const cli = parseCli('generate', USAGE, {
    papers: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    names: { type: 'boolean', default: false },
  });
  if ('exit' in cli) return cli.exit;
  const { values } = cli;
  const papers = Number(values.papers);
  if (!Number.isSafeInteger(papers) || papers < 1) {
    console.error(`generate: --papers expects a whole number of at least 1, got "${values.papers ?? ''}"\n\n${USAGE}`);
    return 2;
  }
  const out = resolve(values.out ?? join(PROJECT, '.bench', `digests-${papers}-${values.seed}`));
  const inProject = relative(PROJECT, out);
  if (!inProject.startsWith('..') && !inProject.startsWith(`.bench`)) {
    console.error(
      `generate: ${out} is inside the project but not under .bench/; generated digests are never committed`,
    );
    return 2;
  }
  const existing = await readdir(out).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  });
  const foreign = existing.filter((name) => !GENERATED_NAME.test(name));
  if (foreign.length > 0) {
    console.error(
      `generate: ${out} holds files this script did not write (${foreign.slice(0, 3).join(', ')}); choose another --out`,
    );
    return 2;
  }

  const { digests } = generateDigests(papers, values.seed, { names: values.names });
  await mkdir(out, { recursive: true });
  await Promise.all(existing.map((name) => rm(join(out, name))));
  let bytes = 0;
  for (const digest of digests) {
    await writeFile(join(out, digest.name), digest.text);
    bytes += Buffer.byteLength(digest.text);
  }
  const entries = digests.reduce((sum, digest) => sum + digest.entries.length, 0);
  const incomplete = digests.reduce(
    (sum, digest) => sum + digest.entries.filter((entry) => missingFields(entry).length > 0).length,
    0,
  );
  const inferred = digests.filter((digest) => !digest.name.startsWith(digest.date)).length;
  console.log(
    [
      `Wrote ${digests.length} digests (${(bytes / 1e6).toFixed(1)} MB) to ${relative(process.cwd(), out) || out}`,
      `  ${digests[0]?.date ?? ''} to ${digests.at(-1)?.date ?? ''}, ${inferred} named like captures (year inferred)`,
      `  ${entries} entries, ${papers} distinct papers, ${entries - papers} repeats, ${incomplete} with missing fields`,
    ].join('\n'),
  );
  return 0;
}

process.exitCode = await main();
