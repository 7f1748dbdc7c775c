import type { IngestResult } from './ingest.ts';

/** The closing report of an ingest run, as people read it in a terminal or a CI log. */
export function formatSummary(result: IngestResult, options: { check: boolean; outDir: string }): string {
  const count = (status: string): number => result.papers.filter((paper) => paper.status === status).length;
  const lines: string[] = [];
  for (const digest of result.digests) {
    lines.push(
      `${digest.file}: digest of ${digest.date} (${digest.entries.length} entries; year ${digest.year.source === 'inferred' ? 'inferred' : `from the ${digest.year.source}`}: ${digest.year.reason})`,
    );
  }
  const { report } = result;
  lines.push(
    '',
    `digests read:        ${result.digests.length}`,
    `entries:             ${report.entries}`,
    `duplicates merged:   ${report.duplicates}`,
    `papers:              ${result.papers.length} (new ${count('new')}, updated ${count('updated')}, unchanged ${count('unchanged')})`,
    `papers with code:    ${result.papers.filter((paper) => paper.hasCode).length}`,
    `entries with missing fields: ${report.incomplete.length}`,
  );
  for (const entry of report.incomplete) {
    lines.push(`  ${entry.file}:${entry.line}: "${entry.title}" has no ${entry.missing.join(', no ')}`);
  }
  if (result.withoutTopic.length > 0) {
    lines.push(`papers matching no topic: ${result.withoutTopic.length}`);
    for (const slug of result.withoutTopic) lines.push(`  ${options.outDir}/${slug}.md`);
  }
  for (const warning of report.warnings) lines.push(`warning: ${warning}`);
  for (const orphan of result.orphans) lines.push(`warning: ${orphan}: no digest lists this paper; left as it is`);
  lines.push('');
  if (options.check) {
    if (result.outOfDate.length === 0) lines.push('check: every paper is up to date with the digests.');
    else {
      lines.push(
        `check: ${result.outOfDate.length} paper file(s) out of date with the digests; run "npm run ingest" and commit the result:`,
      );
      for (const paper of result.outOfDate)
        lines.push(`  ${options.outDir}/${paper.slug}.md (${paper.status === 'new' ? 'missing' : 'differs'})`);
    }
  } else if (result.outOfDate.length === 0) {
    lines.push('Nothing changed: every paper file was already up to date.');
  } else {
    lines.push(`Wrote ${result.outOfDate.length} paper file(s) to ${options.outDir}.`);
  }
  return lines.join('\n');
}
