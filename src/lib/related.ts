/**
 * Related papers by text similarity, computed once per build: TF-IDF vectors over title and abstract,
 * compared through an inverted index of each paper's most distinctive terms, so the work grows with the
 * number of papers times a constant, never with every pair of papers.
 */

/** A document to compare: its id, title and abstract. */
export interface RelatedInput {
  id: string;
  title: string;
  text: string;
}

export interface RelatedOptions {
  /** Related documents per document. */
  count?: number;
  /** Each document is indexed and queried by this many of its highest-weighted terms. */
  termsPerDocument?: number;
  /** Postings kept per term, the highest-weighted first; bounds the work a very common term can cause. */
  postingsPerTerm?: number;
}

/** A title word counts this many times an abstract word: titles say what a paper is about. */
const TITLE_WEIGHT = 3;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\d+$/;

/** Function words and the boilerplate of abstracts: they say nothing about what a paper is about. */
const STOP_WORDS = new Set(
  `a about above across after again against all almost also although always am among an and another any are
  around as at be because been before being below between both but by can could did do does doing done down
  due during each either enough especially etc even ever every few for from further given had has have having
  he her here hers herself him himself his how however i if in into is it its itself just less let like made
  make makes many may me might more most much must my neither no nor not now of off often on once one only onto
  or other others otherwise our ours out over own per perhaps rather same several she should show shows shown
  since so some such than that the their theirs them themselves then there thereby therefore these they this
  those though three through thus to together too two under until up upon us use used uses using very via was
  we well were what whatever when where whereas whether which while who whom whose why will with within without
  would yet you your approach approaches based code demonstrate demonstrates existing experiment experiments
  extensive framework method methods model models novel paper propose proposed proposes result results study
  available github com https http www new work works first second third various however furthermore moreover
  achieve achieves significantly significant performance task tasks`.split(/\s+/),
);

/**
 * For every document, up to `count` other documents most similar to it by cosine similarity of TF-IDF
 * vectors, best first; ties keep input order. Documents sharing no distinctive term are never related.
 */
export function relatedDocuments(
  documents: readonly RelatedInput[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const count = options.count ?? 5;
  const termsPerDocument = options.termsPerDocument ?? 20;
  const postingsPerTerm = options.postingsPerTerm ?? 150;
  const size = documents.length;

  // Term frequencies per document (counted by string, then interned as numbers), and document frequencies.
  const termIds = new Map<string, number>();
  const documentFrequency: number[] = [];
  const frequencies = documents.map((document) => {
    const counts = new Map<string, number>();
    forEachTerm(document.title, (term) => counts.set(term, (counts.get(term) ?? 0) + TITLE_WEIGHT));
    forEachTerm(document.text, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
    const interned = new Map<number, number>();
    for (const [term, frequency] of counts) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = documentFrequency.length;
        termIds.set(term, id);
        documentFrequency.push(0);
      }
      documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
      interned.set(id, frequency);
    }
    return interned;
  });

  // Each document's top terms by normalised TF-IDF weight. A term in one document only links nothing.
  const vectors = frequencies.map((counts) => {
    const weighted: { term: number; weight: number }[] = [];
    let norm = 0;
    for (const [term, frequency] of counts) {
      const df = documentFrequency[term] ?? 1;
      const weight = (1 + Math.log(frequency)) * Math.log(size / df);
      norm += weight * weight;
      if (df > 1 && weight > 0) weighted.push({ term, weight });
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    weighted.sort((a, b) => b.weight - a.weight || a.term - b.term);
    return weighted.slice(0, termsPerDocument).map(({ term, weight }) => ({ term, weight: weight * scale }));
  });

  // The inverted index: term -> documents and weights, highest weight first, at most `postingsPerTerm`,
  // in typed arrays, as the scoring loop below reads them millions of times.
  const lists = new Map<number, { document: number; weight: number }[]>();
  vectors.forEach((vector, document) => {
    for (const { term, weight } of vector) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = []));
      list.push({ document, weight });
    }
  });
  const postings = new Map<number, { documents: Int32Array; weights: Float64Array }>();
  for (const [term, list] of lists) {
    if (list.length < 2) continue;
    if (list.length > postingsPerTerm) {
      list.sort((a, b) => b.weight - a.weight || a.document - b.document);
      list.length = postingsPerTerm;
    }
    postings.set(term, {
      documents: Int32Array.from(list, (posting) => posting.document),
      weights: Float64Array.from(list, (posting) => posting.weight),
    });
  }

  // Score each document against the documents sharing its top terms; scores live in one reused array.
  const scores = new Float64Array(size);
  const touched = new Int32Array(size);
  const related = new Map<string, string[]>();
  vectors.forEach((vector, document) => {
    let touchedCount = 0;
    for (const { term, weight } of vector) {
      const list = postings.get(term);
      if (!list) continue;
      const { documents: others, weights } = list;
      for (let index = 0; index < others.length; index++) {
        const other = others[index] ?? document;
        if (other === document) continue;
        if (scores[other] === 0) touched[touchedCount++] = other;
        scores[other] = (scores[other] ?? 0) + weight * (weights[index] ?? 0);
      }
    }
    const candidates = touched.subarray(0, touchedCount);
    const best = topK(candidates, scores, count);
    for (const other of candidates) scores[other] = 0;
    related.set(
      documents[document]?.id ?? '',
      best.map((other) => documents[other]?.id ?? ''),
    );
  });
  return related;
}

/** The `k` candidates with the highest scores, best first; equal scores keep the lower (earlier) index first. */
function topK(candidates: Int32Array, scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number): boolean => {
    const difference = (scores[a] ?? 0) - (scores[b] ?? 0);
    return difference > 0 || (difference === 0 && a < b);
  };
  for (const candidate of candidates) {
    if (best.length === k && !better(candidate, best[k - 1] ?? candidate)) continue;
    let position = best.length === k ? k - 1 : best.length;
    while (position > 0 && better(candidate, best[position - 1] ?? candidate)) {
      best[position] = best[position - 1] ?? candidate;
      position--;
    }
    best[position] = candidate;
  }
  return best;
}

/** The terms of a text: lowercase words without URLs, stop words or bare numbers, plurals folded. */
export function terms(text: string): string[] {
  const result: string[] = [];
  forEachTerm(text, (term) => result.push(term));
  return result;
}

/** Calls `use` with each term of a text, in order; the loop every document's words go through. */
function forEachTerm(text: string, use: (term: string) => void): void {
  for (const word of text.toLowerCase().replace(URL, ' ').split(NOT_WORD)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    // Only a word starting with a digit can be a bare number.
    if (word.charCodeAt(0) <= 57 && DIGITS.test(word)) continue;
    if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) {
      use(word);
      continue;
    }
    const term = singular(word);
    if (!STOP_WORDS.has(term)) use(term);
  }
}

/** Folds the common English plurals of a word ending in `s`, so `models` and `model` are one term. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.at(-2);
  return before === 's' || before === 'u' || before === 'i' ? word : word.slice(0, -1);
}
