/**
 * What a paper's page tells the search index beyond its text, the facts its meta line marks (`PaperMeta`,
 * `TopicTags`) and its metadata (`search-meta.ts`): when the archive first listed it, as attributes for the element
 * that holds the indexed text; and its scopes (the days, weeks and months that listed it, its month of publication,
 * its repository owners), as elements of their own.
 */
import type { Paper } from './paper.ts';
import type { PaperScopes } from './paper-scopes.ts';
import { SCOPE_KEYS } from './search-scope.ts';

/** The `data-*` attributes for a paper page's `data-pagefind-body` element. */
export type SearchKeyAttributes = Record<`data-${string}`, string>;

/**
 * The listing date (the first digest that listed the paper) as a sort key and its year as a filter. Values are
 * captured from attributes rather than written inline: Pagefind takes an inline value only as the last item of a
 * list.
 */
export function paperSearchKeys(paper: Paper): SearchKeyAttributes {
  const { firstListed } = paper;
  const attributes: SearchKeyAttributes = {
    'data-listed': firstListed,
    'data-listed-year': firstListed.slice(0, 4),
    'data-pagefind-sort': 'listed[data-listed]',
    'data-pagefind-filter': 'listed[data-listed-year]',
  };
  return attributes;
}

/**
 * The attributes of one empty element per scope value of a paper: Pagefind gives a filter one value per element, and
 * a paper may have several (every day that listed it). The value is captured from an attribute, which holds any
 * text, where an inline value would end at a comma.
 */
export function scopeFilterElements(scopes: PaperScopes): SearchKeyAttributes[] {
  return SCOPE_KEYS.flatMap((key) =>
    scopes[key].map((value) => ({ 'data-pagefind-filter': `${key}[data-value]`, 'data-value': value })),
  );
}
