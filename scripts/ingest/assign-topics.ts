/** A topic as scoring needs it: its id and its keywords. */
export interface TopicKeywords {
  id: string;
  keywords: readonly string[];
}

/** A keyword in the title says more about a paper than one in passing in its abstract. */
export const TITLE_WEIGHT = 3;
export const ABSTRACT_WEIGHT = 1;
/** One abstract mention alone is not enough to file a paper under a topic. */
export const MIN_SCORE = 2;
/** Weaker topics must reach this share of the best topic's score. */
export const RELATIVE_CUTOFF = 0.4;
export const MAX_TOPICS = 3;

/** Scores a paper against topics: compiled once per run, applied to every paper. */
export function topicAssigner(topics: readonly TopicKeywords[]): (title: string, abstract: string) => string[] {
  const compiled = topics.map((topic) => ({ id: topic.id, patterns: topic.keywords.map(keywordPattern) }));
  return (title, abstract) => {
    const lowerTitle = words(title.toLowerCase());
    const lowerAbstract = words(abstract.toLowerCase());
    const scored = compiled
      .map(({ id, patterns }) => ({
        id,
        score: patterns.reduce(
          (sum, keyword) =>
            sum + (keyword(lowerTitle) ? TITLE_WEIGHT : 0) + (keyword(lowerAbstract) ? ABSTRACT_WEIGHT : 0),
          0,
        ),
      }))
      .filter((topic) => topic.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const best = scored[0]?.score ?? 0;
    return scored
      .filter((topic) => topic.score >= best * RELATIVE_CUTOFF)
      .slice(0, MAX_TOPICS)
      .map((topic) => topic.id);
  };
}

/** A lowercased text and where each of its words (runs of letters and digits) starts, found once per text. */
interface Words {
  text: string;
  starts: Map<string, number[]>;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ONE_WORD = /^[\p{L}\p{N}]+$/u;

function words(text: string): Words {
  const starts = new Map<string, number[]>();
  for (const match of text.matchAll(WORD)) {
    const list = starts.get(match[0]);
    if (list) list.push(match.index);
    else starts.set(match[0], [match.index]);
  }
  return { text, starts };
}

/**
 * A whole-word, case-insensitive match that also takes a plain plural (`agent` matches `agents`).
 *
 * The pattern is `(?<![\p{L}\p{N}])keyword(?:s|es)?(?![\p{L}\p{N}])`. Run over a whole abstract, its
 * Unicode lookbehind made topic scoring most of ingest's time (profiled), so a keyword that starts with a
 * word is looked up among the text's words instead, which gives the same answer: a one-word keyword
 * matches exactly when the text has the word or its plural as a word; a phrase can only match where its
 * first word stands as a word, so the pattern is tried there alone.
 */
function keywordPattern(keyword: string): (text: Words) => boolean {
  const lower = keyword.toLowerCase();
  const escaped = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  const first = lower.split(/[\s-]+/)[0] ?? '';
  if (ONE_WORD.test(lower)) {
    const forms = [lower, `${lower}s`, `${lower}es`];
    return ({ starts }) => forms.some((form) => starts.has(form));
  }
  if (ONE_WORD.test(first)) {
    const rest = new RegExp(`${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'uy');
    return ({ text, starts }) =>
      (starts.get(first) ?? []).some((at) => {
        rest.lastIndex = at;
        return rest.test(text);
      });
  }
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u');
  return ({ text }) => whole.test(text);
}
