// Ingest's last stage: the rendered paper files written, all or none.
import { writeFiles } from '../shared/write-files.ts';

/** Writes each paper to `<dir>/<slug>.md`: every file is staged beside its place first, then renamed into it. */
export async function writePapers(dir: string, papers: readonly { slug: string; text: string }[]): Promise<void> {
  await writeFiles(
    dir,
    papers.map((paper) => ({ name: `${paper.slug}.md`, text: paper.text })),
  );
}
