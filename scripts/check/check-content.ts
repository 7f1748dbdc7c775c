import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkPapers, type PaperFile } from './check-papers.ts';
import { ContentError, ContentErrors } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { ingest, listFolder } from '../ingest/ingest.ts';
import { loadTopics } from '../ingest/load-topics.ts';

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
  const problems: string[] = [];
  const collect = async (step: () => Promise<void>): Promise<void> => {
    try {
      await step();
    } catch (error) {
      if (error instanceof ContentErrors) problems.push(...error.errors.map((each) => each.message));
      else if (error instanceof ContentError) problems.push(error.message);
      else throw error;
    }
  };

  // Topic ids are the file names, so one broken topic does not make every paper's topics unknown.
  let topicIds = new Set<string>();
  await collect(async () => {
    const names = await listFolder(options.topicsDir, show, 'topics');
    topicIds = new Set(names.filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -'.mdx'.length)));
    await loadTopics(options.topicsDir, show);
  });
  await collect(async () => {
    const files: PaperFile[] = [];
    for (const entry of await readdir(options.papersDir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || !entry.isFile()) continue;
      const path = join(options.papersDir, entry.name);
      const file = show(path);
      files.push({ name: entry.name, file, text: decodeText(file, await readFile(path)) });
    }
    files.sort((a, b) => a.name.localeCompare(b.name));
    problems.push(...checkPapers(files, topicIds).map((problem) => problem.message));
  });
  await collect(async () => {
    const result = await ingest({
      digestsDir: options.digestsDir,
      outDir: options.papersDir,
      topicsDir: options.topicsDir,
      check: true,
      rewrite: false,
      cwd: options.cwd,
    });
    for (const paper of result.outOfDate) {
      problems.push(
        `${show(join(options.papersDir, `${paper.slug}.md`))}: ${
          paper.status === 'new' ? 'missing' : 'out of date'
        }; expected what "npm run ingest" writes from the digests (run it and commit the result)`,
      );
    }
  });
  return [...new Set(problems)];
}
