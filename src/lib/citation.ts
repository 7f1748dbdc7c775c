/** A paper's citation as a BibTeX entry, written so that BibTeX and LaTeX print its title as the archive shows it. */
import { shownAuthors } from './author-names.ts';
import { Transform } from 'unicode2latex';
import { arxivLinks } from '../model/arxiv-id.ts';

/** What a citation is made of. */
export interface CitationInput {
  /** The arXiv id, without its version: a paper without one gets no citation. */
  arxiv: string;
  title: string;
  /** `YYYY-MM-DD`, when a listing showed it. */
  published: string | undefined;
  /** Author names, `First Last`, in the paper's order, when a listing named them. */
  authors?: readonly string[] | undefined;
  /** How many authors the paper has, when a listing counted them: more than the names when some are hidden. */
  authorCount?: number | undefined;
}

// The mapping Better BibTeX writes .bib files with: BibTeX's special characters escaped (braces as
// \textbraceleft, as BibTeX counts a brace even after a backslash and an unmatched one would end the field),
// other characters as LaTeX commands in braces, which BibTeX keeps whole when a style changes case; math too.
const transform = new Transform('bibtex-creator');
const latex = (text: string): string => transform.tolatex(text, { bracemath: true });

/** Letters and digits: a word, or one part of a hyphenated one. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * A word whose capitals a style must not lower: one with a capital after its first character (an acronym or a
 * name such as LLM, DeBERTa or 3D), or a capital letter on its own (the N of "Large N"), but for the article A.
 */
const KEEPS_CASE = /.\p{Lu}|^(?!A$)\p{Lu}$/u;

/**
 * Text as the value of a BibTeX field: LaTeX's special characters escaped, other characters as LaTeX commands,
 * and words such as LLM or DeBERTa in braces, so that styles which lower-case titles leave them as they are.
 */
export function bibtexText(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  let written = '';
  let end = 0;
  for (const { 0: word, index } of spaced.matchAll(WORD)) {
    written += latex(spaced.slice(end, index));
    written += KEEPS_CASE.test(word) ? `{${latex(word)}}` : latex(word);
    end = index + word.length;
  }
  return written + latex(spaced.slice(end));
}

/**
 * A name as one author of a BibTeX `author` field, `First Last` as given: characters escaped as in a title, but no
 * word put in braces to keep its case, as styles do not change the case of names and count a braced word as one
 * letter (an abbreviated first name would print whole). A comma, a word `and` and a name `others` are braced, or
 * BibTeX would read them as `Last, First`, as the separator between two authors or as "et al.".
 */
export function bibtexName(name: string): string {
  const written = latex(name.replace(/\s+/g, ' ').trim())
    .replace(/,/g, '{,}')
    .replace(/(?<=^| )and(?= |$)/gi, '{$&}');
  return /^others$/i.test(written) ? `{${written}}` : written;
}

/** The entry's key: the arXiv id, which no other paper has, in characters every BibTeX tool takes. */
function citationKey(arxiv: string): string {
  return `arxiv-${arxiv.replace(/[^A-Za-z0-9.-]/g, '-')}`;
}

/**
 * The BibTeX entry of an arXiv paper, as arXiv itself gives it (`@misc` with `eprint` and `archivePrefix`).
 * The year is the published date's; without one there is no year, as an id's `YYMM` is when arXiv numbered the
 * paper, which can be the year after it was published. Authors are written only when their names are known, with
 * `and others` (BibTeX's "et al.") after them when the paper has more authors than names.
 */
export function bibtexEntry(input: CitationInput): string {
  const authors = (input.authors ?? []).map(bibtexName);
  const unnamed = shownAuthors({ authors: input.authorCount, author_names: input.authors }).more;
  if (authors.length > 0 && unnamed > 0) authors.push('others');
  const fields: [name: string, value: string | undefined][] = [
    ['author', authors.length > 0 ? authors.join(' and ') : undefined],
    ['title', bibtexText(input.title)],
    ['year', input.published?.slice(0, 4)],
    ['eprint', input.arxiv],
    ['archivePrefix', 'arXiv'],
    ['url', arxivLinks(input.arxiv).abstract],
  ];
  const lines = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = {${value}},`]));
  return `@misc{${citationKey(input.arxiv)},\n${lines.join('\n')}\n}`;
}
