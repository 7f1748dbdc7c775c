/**
 * A reader's query as the index is asked it. A word with dashes is searched as the words the dashes join
 * (`KV-cache` as `KV cache`), in a phrase too, as paper pages give the index those words apart
 * (`dash-breaks.ts`); and an arXiv id, however it is written, becomes the bare id the paper pages give the index.
 */
import { arxivIdInUrl, parseArxivId } from '../model/arxiv-id.ts';
import { dashPieces } from './dash-breaks.ts';

/** What may wrap a word in running text: brackets, quotes and a closing comma or full stop. */
const WRAPPING = /^[([{"'“‘]+|[)\]}"'”’,.;:]+$/gu;

/** Whether a query is one phrase in double quotes, which Pagefind matches word for word, side by side. */
export function isPhrase(query: string): boolean {
  // Pagefind's own test for an exact search.
  return /^\s*".+"\s*$/.test(query);
}

/** The arXiv id a word names: `2501.00663`, `2501.00663v2`, `arXiv:2501.00663`, or an arXiv or Hub address. */
export function arxivIdIn(word: string): string | undefined {
  const bare = word.replace(WRAPPING, '');
  return arxivIdInUrl(bare) ?? arxivIdInUrl(`https://${bare}`) ?? parseArxivId(bare.replace(/^arxiv:/i, ''));
}

/** A word cut at the dashes that break it, as a paper page gives it to the index: `KV-cache` as `KV cache`. */
function brokenWord(word: string): string {
  return dashPieces(word)
    .map((piece, index, pieces) => (index < pieces.length - 1 ? piece.replace(/\p{Pd}+$/u, '') : piece))
    .join(' ');
}

/**
 * The query to hand to Pagefind: each word cut at its dashes ({@link brokenWord}), an arXiv id as the bare id, and
 * the word `arXiv` dropped before an id, as only the id is indexed. In a phrase in quotes, which asks for those exact
 * words, only dashes are cut.
 */
export function normaliseQuery(query: string): string {
  if (isPhrase(query)) return query.trim().split(' ').map(brokenWord).join(' ');
  const words = query.split(' ').filter((word) => word !== '');
  return words
    .filter((word, index) => !/^arxiv:?$/i.test(word) || arxivIdIn(words[index + 1] ?? '') === undefined)
    .map((word) => arxivIdIn(word) ?? brokenWord(word))
    .join(' ');
}

/**
 * The distinct words of a normalised query that Pagefind searches: those with a letter or digit, as it drops
 * the rest. Each is looked up on its own to tell whether any paper holds it whole.
 */
export function queryWords(term: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of term.split(' ')) {
    const key = indexForm(word);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word.replaceAll('"', ''));
  }
  return words;
}

/** The Pagefind query that finds a word whole (after stemming: `models` finds `model`), never a word it begins. */
export function wholeWordQuery(word: string): string {
  return `"${word.replaceAll('"', '')}"`;
}

/** A word as the index compares it: lower case, without accents or punctuation. */
export function indexForm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whether a word of a page begins with a query word, as Pagefind compares them: `Transformers` with `transf`. */
export function beginsWith(pageWord: string, queryWord: string): boolean {
  const start = indexForm(queryWord);
  return start !== '' && indexForm(pageWord).startsWith(start);
}

/**
 * Of the query words that no paper holds whole, those that are in no paper at all. A word that begins a word the
 * search matched on a result page (`transf` in `Transformers`) is a word being typed, and is kept. One that does
 * not is not in the archive: Pagefind, finding no word that begins with it, answers with the longest indexed word
 * that it begins with (`Behrouz` with `be`), which is no match at all.
 */
export function wordsInNoPaper(notWhole: readonly string[], matched: readonly string[]): string[] {
  return notWhole.filter((word) => !matched.some((pageWord) => beginsWith(pageWord, word)));
}
