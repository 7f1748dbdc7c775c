import { join, relative } from 'node:path';
import { ErrorCollector } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { MAX_PAPER_FILE_BYTES } from '../../src/model/limits.ts';
import { ingest } from '../ingest/ingest.ts';
import { loadTopics, topicFileIds } from '../ingest/load-topics.ts';
import { readContentFolder } from '../ingest/read-content.ts';
import { checkPapers, type PaperFile } from './check-papers.ts';

export interface CheckOptions {
  digestsDir: string;
  papersDir: string;
  topicsDir: string;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

/** Every content problem as `file:line: what was expected`, deduplicated, in a stable order. */
export async function checkContent(options: CheckOptions): Promise<string[]> {
  const show = (path: string): string => relative(options.cwd, path) || path;
  const errors = new ErrorCollector();

  // Topic ids are the file names, so one broken topic does not make every paper's topics unknown.
  let topicIds = new Set<string>();
  await errors.attemptAsync(async () => {
    topicIds = await topicFileIds(options.topicsDir, show);
    await loadTopics(options.topicsDir, show);
  });
  await errors.attemptAsync(async () => {
    const files: PaperFile[] = [];
    const read = await readContentFolder(options.papersDir, show, 'papers', errors, { maxBytes: MAX_PAPER_FILE_BYTES });
    for (const { name, file, bytes } of read) {
      const text = errors.attempt(() => decodeText(file, bytes));
      if (text !== undefined) files.push({ name, file, text });
    }
    for (const problem of checkPapers(files, topicIds)) errors.add(problem);
  });
  // Ingest either fails, adding its errors, or says which files it would change.
  const outOfDate: string[] = [];
  await errors.attemptAsync(async () => {
    const result = await ingest({
      digestsDir: options.digestsDir,
      outDir: options.papersDir,
      topicsDir: options.topicsDir,
      check: true,
      rewrite: false,
      cwd: options.cwd,
    });
    for (const paper of result.outOfDate) {
      outOfDate.push(
        `${show(join(options.papersDir, `${paper.slug}.md`))}: ${
          paper.status === 'new' ? 'missing' : 'out of date'
        }; expected what "npm run ingest" writes from the digests (run it and commit the result)`,
      );
    }
  });
  return [...new Set([...errors.errors.map((error) => error.message), ...outOfDate])];
}
