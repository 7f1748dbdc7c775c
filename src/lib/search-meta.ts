/**
 * The metadata a paper's page gives the search index (`data-pagefind-meta`): what its result shows, and the words
 * its dashes break written together. Pagefind searches all of it, so what search must not find is written so that
 * it gives the index no word.
 */
import { joinedWords } from './dash-breaks.ts';
import { withoutDigits } from './digitless.ts';
import type { Paper } from './paper.ts';
import type { SearchKeyAttributes } from './search-keys.ts';

/**
 * The attributes for a paper page's `data-pagefind-body` element:
 * - its title as written: Pagefind would take the first heading's text, which holds the index's word breaks;
 * - the dates it was published and first listed, and its comments and upvotes, for its result, without digits
 *   (`digitless.ts`), so that a number finds a paper by its text, never by a count or a date;
 * - its arXiv id, which search does find it by;
 * - the words its dashes break (`dash-breaks.ts`) written together, from its title, abstract and `shown` (the other
 *   text its page gives the index: authors' names, organisation, topics), so that `pretrained` finds `pre-trained`.
 *   Each is a word of its own, between signs the index skips, so that no two are a phrase.
 */
export function paperSearchMeta(paper: Paper, shown: readonly string[]): SearchKeyAttributes {
  const { title, published, comments, upvotes, arxiv } = paper.data;
  const values: Record<string, string | undefined> = {
    title,
    published: published === undefined ? undefined : withoutDigits(published),
    listed: withoutDigits(paper.firstListed),
    comments: withoutDigits(String(comments)),
    upvotes: upvotes === undefined ? undefined : withoutDigits(String(upvotes)),
    arxiv,
    joined: joinedWords([title, paper.abstract, ...shown]).join(' / ') || undefined,
  };
  const attributes: SearchKeyAttributes = {};
  const meta: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    attributes[`data-meta-${key}`] = value;
    meta.push(`${key}[data-meta-${key}]`);
  }
  attributes['data-pagefind-meta'] = meta.join(', ');
  return attributes;
}
