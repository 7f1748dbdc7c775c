// Ingest as a pipeline of stages, each taking the previous stage's data:
// read files -> recognise each digest's format and parse it -> collect entries across digests -> reconcile with the
// paper files -> render Markdown -> write atomically. Every input is read and checked before the first byte is written.
import { relative } from 'node:path';
import { ErrorCollector } from '../../src/model/content-error.ts';
import type { Digest } from '../../src/model/digests/digest.ts';
import { topicAssigner } from './assign-topics.ts';
import { collectPapers, type CollectReport } from './collect-papers.ts';
import { loadTopics } from './load-topics.ts';
import { parseDigests } from './parse-digests.ts';
import { readContentFolder, readPaperFiles } from './read-content.ts';
import { knownPapers, reconcilePapers } from './reconcile-papers.ts';
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
  /** Every paper's file as this run renders it. */
  papers: RenderedPaper[];
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
  const errors = new ErrorCollector();
  const digestFiles = await readContentFolder(options.digestsDir, show, 'digests', errors);
  const digests = parseDigests(digestFiles, show(options.digestsDir), errors);
  errors.throwIfAny();
  const topics = await loadTopics(options.topicsDir, show);
  const existing = await readPaperFiles(options.outDir, show, errors);
  errors.throwIfAny();
  const known = knownPapers(existing);
  const { papers, report } = collectPapers(digests, known);
  const { changes, orphans } = reconcilePapers(papers, known, {
    rewrite: options.rewrite,
    assignTopics: topicAssigner(topics),
  });
  const rendered = renderPapers(changes);
  const outOfDate = rendered.filter((paper) => paper.status !== 'unchanged');
  if (!options.check) await writePapers(options.outDir, outOfDate);
  return {
    digests,
    papers: rendered,
    orphans,
    report,
    withoutTopic: rendered.filter((paper) => paper.topics.length === 0).map((paper) => paper.slug),
    outOfDate,
  };
}
