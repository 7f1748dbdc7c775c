// `npm run check`: validates all content a pull request can touch, reporting every problem in one run.
import { resolve } from 'node:path';
import { checkContent } from './check/check-content.ts';
import { parseCli } from './shared/parse-cli.ts';

const USAGE = `Usage: npm run check -- [options]

Validates every digest, paper and topic, and that the papers match what "npm run ingest" writes.

  --digests DIR    digests folder (default content/digests)
  --papers DIR     papers folder (default content/papers)
  --topics DIR     topics folder (default content/topics)
  --help           show this help`;

async function main(): Promise<number> {
  const cli = parseCli('check', USAGE, {
    digests: { type: 'string', default: 'content/digests' },
    papers: { type: 'string', default: 'content/papers' },
    topics: { type: 'string', default: 'content/topics' },
  });
  if ('exit' in cli) return cli.exit;
  const { values } = cli;
  const problems = await checkContent({
    digestsDir: resolve(values.digests),
    papersDir: resolve(values.papers),
    topicsDir: resolve(values.topics),
    cwd: process.cwd(),
  });
  if (problems.length === 0) {
    console.log('check: content is valid and the papers match the digests.');
    return 0;
  }
  console.error(`check: ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  return 1;
}

process.exitCode = await main();
