// The content script: `npm run ingest [-- --check] [--rewrite] [--digests DIR] [--out DIR] [--topics DIR]`.
import { resolve } from 'node:path';
import { ContentError, ContentErrors } from '../src/model/content-error.ts';
import { ingest } from './ingest/ingest.ts';
import { formatSummary } from './ingest/format-summary.ts';
import { parseCli } from './shared/parse-cli.ts';

const USAGE = `Usage: npm run ingest -- [options]

Reads every digest in content/digests/ and writes one Markdown file per paper to content/papers/.

  --check          write nothing; exit 1 listing the papers that are out of date
  --rewrite        regenerate every paper from the digests, dropping hand edits (slugs are kept)
  --digests DIR    read digests from DIR (default content/digests)
  --out DIR        write papers to DIR (default content/papers)
  --topics DIR     read topics from DIR (default content/topics)
  --help           show this help`;

async function main(): Promise<number> {
  const cli = parseCli('ingest', USAGE, {
    check: { type: 'boolean', default: false },
    rewrite: { type: 'boolean', default: false },
    digests: { type: 'string', default: 'content/digests' },
    out: { type: 'string', default: 'content/papers' },
    topics: { type: 'string', default: 'content/topics' },
  });
  if ('exit' in cli) return cli.exit;
  const { values } = cli;
  if (values.check && values.rewrite) {
    console.error('ingest: --check and --rewrite do not go together: --check writes nothing');
    return 2;
  }
  const cwd = process.cwd();
  try {
    const result = await ingest({
      digestsDir: resolve(values.digests),
      outDir: resolve(values.out),
      topicsDir: resolve(values.topics),
      check: values.check,
      rewrite: values.rewrite,
      cwd,
    });
    console.log(formatSummary(result, { check: values.check, outDir: values.out }));
    return values.check && result.outOfDate.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ContentErrors || error instanceof ContentError) {
      console.error(`ingest: nothing was written. Fix these and run again:\n${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
