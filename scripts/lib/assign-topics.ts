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
    const lowerTitle = title.toLowerCase();
    const lowerAbstract = abstract.toLowerCase();
    const scored = compiled
      .map(({ id, patterns }) => ({
        id,
        score: patterns.reduce(
          (sum, pattern) =>
            sum + (pattern.test(lowerTitle) ? TITLE_WEIGHT : 0) + (pattern.test(lowerAbstract) ? ABSTRACT_WEIGHT : 0),
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

/** A whole-word, case-insensitive match that also takes a plain plural (`agent` matches `agents`). */
function keywordPattern(keyword: string): RegExp {
  const escaped = keyword
    .toLowerCase()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\s-]+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u');
}
