// One search result as the search page lists it, built from text nodes: never from the index's HTML.
import { withoutIndexBreaks } from '../lib/dash-breaks.ts';
import { withDigits } from '../lib/digitless.ts';
import { formatDate, plural } from '../lib/format.ts';
import { excerptParts } from '../lib/search-excerpt.ts';
import type { Fragment } from './pagefind-api.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function element<K extends keyof HTMLElementTagNameMap>(
  name: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(name), properties);
  node.append(...children);
  return node;
}

/** A date with what it is: `Published Jan 2, 2025`. */
function dated(what: string, iso: string): HTMLSpanElement {
  return element('span', {}, [`${what} `, element('time', { dateTime: iso }, [formatDate(iso)])]);
}

/** A date or count of a result's metadata, which the paper page wrote without digits (lib/search-meta.ts). */
function fact(value: string | undefined): string | undefined {
  return value === undefined ? undefined : withDigits(value);
}

/**
 * One result: title, the date it was published and the date the archive first listed it, its arXiv id, comments
 * and upvotes where known, the excerpt with the matches marked, and its topics named by `topicName`.
 */
export function resultItem(fragment: Fragment, topicName: (id: string) => string): HTMLLIElement {
  const { title = fragment.url, arxiv } = fragment.meta;
  const [published, listed, comments, upvotes] = (['published', 'listed', 'comments', 'upvotes'] as const).map((key) =>
    fact(fragment.meta[key]),
  );
  const facts: Node[] = [
    published !== undefined && ISO_DATE.test(published)
      ? dated('Published', published)
      : element('span', {}, ['No published date']),
  ];
  if (listed !== undefined && ISO_DATE.test(listed)) facts.push(dated('Listed', listed));
  if (arxiv !== undefined) facts.push(element('span', {}, [`arXiv ${arxiv}`]));
  if (comments !== undefined && /^\d+$/.test(comments)) {
    facts.push(element('span', {}, [plural(Number(comments), 'comment')]));
  }
  if (upvotes !== undefined && /^\d+$/.test(upvotes)) {
    facts.push(element('span', {}, [plural(Number(upvotes), 'upvote')]));
  }
  const excerpt = excerptParts(withoutIndexBreaks(fragment.excerpt)).map((part) =>
    part.mark ? element('mark', {}, [part.text]) : part.text,
  );
  const topics = fragment.filters.topic ?? [];
  const item = element('li', {}, [
    element('h2', { className: 'paper-title' }, [element('a', { href: fragment.url }, [title])]),
    element('p', { className: 'meta' }, facts),
    element('p', { className: 'excerpt' }, excerpt),
  ]);
  if (topics.length > 0) {
    const list = element(
      'ul',
      { className: 'tags' },
      topics.map((topic) => element('li', {}, [element('span', {}, [topicName(topic)])])),
    );
    list.setAttribute('aria-label', 'Topics');
    item.append(list);
  }
  return item;
}
