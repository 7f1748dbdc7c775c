// Ingest's last stage: the rendered paper files written, all or none.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inParallel, unwrap } from '../../src/model/in-parallel.ts';

/** Writes each paper to `<dir>/<slug>.md`: every file is staged beside its place first, then renamed into it. */
export async function writePapers(dir: string, papers: readonly { slug: string; text: string }[]): Promise<void> {
  if (papers.length === 0) return;
  await mkdir(dir, { recursive: true });
  const staged = papers.map((paper) => ({
    text: paper.text,
    temporary: join(dir, `.${paper.slug}.md.${process.pid}.tmp`),
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
