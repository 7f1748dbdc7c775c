// `npm run check`: validates all content a pull request can touch, reporting every problem in one run.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from './lib/check-content.ts';

const { values } = parseArgs({
  options: {
    digests: { type: 'string', default: 'content/digests' },
    papers: { type: 'string', default: 'content/papers' },
    topics: { type: 'string', default: 'content/topics' },
  },
  strict: true,
});
const problems = await checkContent({
  digestsDir: resolve(values.digests),
  papersDir: resolve(values.papers),
  topicsDir: resolve(values.topics),
  cwd: process.cwd(),
});
if (problems.length === 0) {
  console.log('check: content is valid and the papers match the digests.');
} else {
  console.error(
    `check: ${String(problems.length)} problem(s):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
  );
  process.exitCode = 1;
}
