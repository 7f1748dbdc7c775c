import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { topicAssigner } from './assign-topics.ts';
import { collectPapers, type CollectReport } from './collect-papers.ts';
import { ContentError, ContentErrors } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { inParallel, unwrap } from '../shared/in-parallel.ts';
import { parseDigest, type Digest } from '../../src/model/digests/text-digest.ts';
import { planPapers, type ExistingPaper, type PlannedPaper } from './reconcile-papers.ts';
import { loadTopics } from './load-topics.ts';

export interface IngestOptions {
  digestsDir: string;
  outDir: string;
  topicsDir: string;
  /** Write nothing; report what is out of date. */
  check: boolean;
  /** Regenerate every paper from the digests, dropping hand edits. */
  rewrite: boolean;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

export interface IngestResult {
  digests: Digest[];
  planned: PlannedPaper[];
  orphans: string[];
  report: CollectReport;
  /** Papers that match no topic, as `slug`. */
  withoutTopic: string[];
  /** Files that were written (or, with `check`, would be). */
  outOfDate: PlannedPaper[];
}

/**
 * Reads every digest and writes one Markdown file per paper. All or nothing: every input is read and
 * checked before the first byte is written, and each file is replaced atomically.
 */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const show = (path: string): string => relative(options.cwd, path) || path;
  const digests = await readDigests(options.digestsDir, show);
  const topics = await loadTopics(options.topicsDir, show);
  const { papers, report } = collectPapers(digests);
  const existing = await readExistingPapers(options.outDir, show);
  const { planned, orphans } = planPapers(papers, existing, {
    rewrite: options.rewrite,
    assignTopics: topicAssigner(topics),
  });
  const outOfDate = planned.filter((paper) => paper.status !== 'unchanged');
  if (!options.check) await writePapers(options.outDir, outOfDate);
  return {
    digests,
    planned,
    orphans,
    report,
    withoutTopic: planned.filter((paper) => paper.topics.length === 0).map((paper) => paper.slug),
    outOfDate,
  };
}

async function readDigests(dir: string, show: (path: string) => string): Promise<Digest[]> {
  const files = await listFolder(dir, show, 'digests');
  const errors: ContentError[] = [];
  // Digests are `.txt` files, as the site's digest loader reads them: anything else is a mistake to report.
  const names = files.filter((name) => name.endsWith('.txt'));
  for (const name of files.filter((each) => !each.endsWith('.txt'))) {
    errors.push(
      new ContentError(
        show(join(dir, name)),
        undefined,
        'expected digest files named <name>.txt in the digests folder',
      ),
    );
  }
  const digests: Digest[] = [];
  const contents = await inParallel(names, (name) => readFile(join(dir, name)));
  for (const [index, name] of names.entries()) {
    const path = join(dir, name);
    try {
      digests.push(parseDigest(show(path), decodeText(show(path), unwrap(contents[index]))));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw new ContentError(show(path), undefined, `could not be read: ${String(error)}`, { cause: error });
    }
  }
  const byDate = new Map<string, string>();
  for (const digest of digests) {
    const other = byDate.get(digest.date);
    if (other)
      errors.push(
        new ContentError(
          digest.file,
          undefined,
          `is the digest of ${digest.date}, like ${other}; expected one file per digest date`,
        ),
      );
    else byDate.set(digest.date, digest.file);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  if (digests.length === 0)
    throw new ContentError(show(dir), undefined, 'holds no digest; expected at least one digest text file');
  return digests;
}

async function readExistingPapers(dir: string, show: (path: string) => string): Promise<ExistingPaper[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ContentError(show(dir), undefined, `cannot read the papers folder: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const errors: ContentError[] = [];
  const papers: ExistingPaper[] = [];
  const visible = names.filter((name) => !name.startsWith('.'));
  const markdown = visible.filter((name) => name.endsWith('.md'));
  const read = await inParallel(markdown, (name) => readFile(join(dir, name)));
  const contents = new Map(markdown.map((name, index) => [name, read[index]]));
  for (const name of visible) {
    const path = join(dir, name);
    if (!name.endsWith('.md')) {
      errors.push(
        new ContentError(show(path), undefined, 'expected only Markdown paper files (<slug>.md) in the papers folder'),
      );
      continue;
    }
    try {
      papers.push({
        slug: basename(name, '.md'),
        file: show(path),
        text: decodeText(show(path), unwrap(contents.get(name))),
      });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return papers;
}

/** Lists a folder's files (not hidden ones), sorted so every run sees them in the same order. */
export async function listFolder(dir: string, show: (path: string) => string, what: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith('.') && entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new ContentError(show(dir), undefined, `cannot read the ${what} folder: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function writePapers(dir: string, papers: readonly PlannedPaper[]): Promise<void> {
  if (papers.length === 0) return;
  await mkdir(dir, { recursive: true });
  const staged = papers.map((paper) => ({
    text: paper.text,
    temporary: join(dir, `.${paper.slug}.md.${String(process.pid)}.tmp`),
    final: join(dir, `${paper.slug}.md`),
  }));
  const written = await inParallel(staged, ({ temporary, text }) => writeFile(temporary, text));
  const failed = written.find((result) => result.status === 'rejected');
  if (failed) {
    // A failed write leaves the folder as it was: no paper is half-written.
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    unwrap(failed);
  }
  for (const renamed of await inParallel(staged, ({ temporary, final }) => rename(temporary, final))) unwrap(renamed);
}
