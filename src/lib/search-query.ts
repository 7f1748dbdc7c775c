/**
 * A reader's query as the index is asked it. Pagefind drops a word's punctuation before it searches
 * (`KV-cache` becomes `kvcache`), but indexes a hyphenated word both whole and as its parts, so the
 * hyphenated and the spaced forms are made one query here; and an arXiv id, however it is written, becomes
 * the bare id the paper pages give the index.
 */
import { arxivIdInUrl, parseArxivId } from '../model/arxiv-id.ts';

const DASHES = /\p{Pd}+/u;
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/gu;
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

/**
 * A word as it is searched: an arXiv id bare; a hyphenated word as its parts, which is how Pagefind indexes
 * it besides whole, unless a part is a single letter or digit (`GPT-4`), as Pagefind indexes no such part:
 * that word is searched whole, which finds it hyphenated or written together.
 */
function searchedWord(word: string): string {
  const id = arxivIdIn(word);
  if (id !== undefined) return id;
  const parts = word.split(DASHES).filter((part) => part !== '');
  const indexed = parts.every((part) => (part.match(LETTERS_OR_DIGITS)?.length ?? 0) >= 2);
  return parts.length > 1 && indexed ? parts.join(' ') : word;
}

/**
 * The query to hand to Pagefind: each word as {@link searchedWord} has it, and the word `arXiv` dropped before
 * an id, as only the id is indexed. A phrase in quotes is left as typed: it asks for those exact words.
 */
export function normaliseQuery(query: string): string {
  if (isPhrase(query)) return query.trim();
  const words = query.split(' ').filter((word) => word !== '');
  return words
    .filter((word, index) => !/^arxiv:?$/i.test(word) || arxivIdIn(words[index + 1] ?? '') === undefined)
    .map(searchedWord)
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
