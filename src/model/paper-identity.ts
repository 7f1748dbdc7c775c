// A paper's identity across digests and paper files: the one rule by which a listing finds its paper.
import { cleanLatex } from './clean-latex.ts';

/**
 * The identity of a clean title (a paper file's `listed_title`): case, whitespace and punctuation folded,
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

/** A title as a digest lists it, LaTeX residue and all: the clean title a paper file keeps, and its identity. */
export function listedPaper(listedTitle: string): { title: string; key: string } {
  const title = cleanLatex(listedTitle);
  return { title, key: titleKey(title) };
}
