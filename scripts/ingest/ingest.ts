// Ingest as a pipeline of stages, each taking the previous stage's data:
// read files -> recognise each digest's format and parse it -> collect entries across digests -> reconcile with the
// paper files -> render Markdown -> write atomically. Every input is read and checked before the first byte is written.
import { relative } from 'node:path';
import type { Digest } from '../../src/model/digests/digest.ts';
import { topicAssigner } from './assign-topics.ts';
import { collectPapers, type CollectReport } from './collect-papers.ts';
import { loadTopics } from './load-topics.ts';
import { parseDigests } from './parse-digests.ts';
import { readContentFolder, readPaperFiles } from './read-content.ts';
import { reconcilePapers } from './reconcile-papers.ts';
import { renderPapers, type RenderedPaper } from './render-papers.ts';
import { writePapers } from './write-papers.ts';

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
  planned: RenderedPaper[];
  orphans: string[];
  report: CollectReport;
  /** Papers that match no topic, as `slug`. */
  withoutTopic: string[];
  /** Files that were written (or, with `check`, would be). */
  outOfDate: RenderedPaper[];
}

/** Reads every digest and writes one Markdown file per paper: all or nothing, each file replaced atomically. */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const show = (path: string): string => relative(options.cwd, path) || path;
  const digestFiles = await readContentFolder(options.digestsDir, show, 'digests');
  const digests = parseDigests(digestFiles, show(options.digestsDir));
  const topics = await loadTopics(options.topicsDir, show);
  const { papers, report } = collectPapers(digests);
  const existing = await readPaperFiles(options.outDir, show);
  const { changes, orphans } = reconcilePapers(papers, existing, {
    rewrite: options.rewrite,
    assignTopics: topicAssigner(topics),
  });
  const planned = renderPapers(changes);
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
