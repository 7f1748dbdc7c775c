/**
 * What a paper's page tells the search index beyond its text and the facts its meta line marks (`PaperMeta`,
 * `TopicTags`): when the archive first listed it, and its arXiv id, as attributes for the element that holds
 * the indexed text.
 */
import type { Paper } from './paper.ts';

/** The `data-*` attributes for a paper page's `data-pagefind-body` element. */
export type SearchKeyAttributes = Record<`data-${string}`, string>;

/**
 * The listing date (the first digest that listed the paper) as a sort key, its year as a filter and the date as
 * metadata for the result; the arXiv id as metadata, which Pagefind also searches, so an id finds its paper.
 * Values are captured from attributes rather than written inline: Pagefind takes an inline value only as the
 * last item of a list.
 */
export function paperSearchKeys(paper: Paper): SearchKeyAttributes {
  const { firstListed } = paper;
  const { arxiv } = paper.data;
  const meta = ['listed[data-listed]'];
  const attributes: SearchKeyAttributes = {
    'data-listed': firstListed,
    'data-listed-year': firstListed.slice(0, 4),
    'data-pagefind-sort': 'listed[data-listed]',
    'data-pagefind-filter': 'listed[data-listed-year]',
  };
  if (arxiv !== undefined) {
    attributes['data-arxiv'] = arxiv;
    meta.push('arxiv[data-arxiv]');
  }
  attributes['data-pagefind-meta'] = meta.join(', ');
  return attributes;
}
