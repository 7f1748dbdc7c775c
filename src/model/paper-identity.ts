/**
 * The identity of a paper across digests: its title with case, whitespace and punctuation folded,
 * so `Re-Reading Improves Reasoning` and `re reading improves  reasoning.` are one paper.
 */
export function titleKey(title: string): string {
  const lower = title.normalize('NFKC').toLowerCase();
  const folded = lower
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A title of punctuation alone still needs an identity of its own.
  return folded === '' ? lower.replace(/\s+/g, ' ').trim() : folded;
}
