import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { topicAssigner } from './assign-topics.ts';
import { collectPapers, type CollectReport } from './collect-papers.ts';
import { ContentError, ContentErrors } from './content-error.ts';
import { decodeText } from './decode-text.ts';
import { parseDigest, type Digest } from './parse-digest.ts';
import { planPapers, type ExistingPaper, type PlannedPaper } from './plan-papers.ts';
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
  const names = await listFolder(dir, show, 'digests');
  const errors: ContentError[] = [];
  const digests: Digest[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      digests.push(parseDigest(show(path), decodeText(show(path), await readFile(path))));
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
  for (const name of names) {
    if (name.startsWith('.')) continue;
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
        text: decodeText(show(path), await readFile(path)),
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
  const staged: { temporary: string; final: string }[] = [];
  try {
    for (const paper of papers) {
      const final = join(dir, `${paper.slug}.md`);
      const temporary = join(dir, `.${paper.slug}.md.${String(process.pid)}.tmp`);
      await writeFile(temporary, paper.text);
      staged.push({ temporary, final });
    }
  } catch (error) {
    // A failed write leaves the folder as it was: no paper is half-written.
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  for (const { temporary, final } of staged) await rename(temporary, final);
}
