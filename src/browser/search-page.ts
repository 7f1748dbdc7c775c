// The search page: reads the search from the URL, runs it with Pagefind in the browser and shows the results.
// The form's controls are the state; every change is written back to the URL so a search can be shared.
import { formatDate, plural } from '../lib/format.ts';
import { paths } from '../lib/paths.ts';
import { excerptParts } from '../lib/search-excerpt.ts';
import {
  activeFilters,
  FILTER_KEYS,
  followedBy,
  isClamped,
  MAX_QUERY_LENGTH,
  pagefindRequest,
  readSearchState,
  searchHref,
  searchTerm,
  withKnownFilters,
  withKnownSort,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../lib/search-state.ts';
import type { Fragment, Pagefind, Result, Search } from './pagefind-api.ts';

/** How a listing by filters alone is ordered, for each sort: with no words, relevance lists newest first. */
const LISTING_ORDER: Record<SortOrder, string> = {
  relevance: 'newest first',
  newest: 'newest first',
  comments: 'most discussed first',
  upvotes: 'most upvoted first, then those without upvotes, newest first',
};

/** Results shown at once; "Show more" adds as many again. */
const PAGE_SIZE = 20;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The page's parts, found once. */
interface Page {
  form: HTMLFormElement;
  query: HTMLInputElement;
  filters: Record<FilterKey, HTMLSelectElement>;
  sort: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
}

function find<T extends Element>(selector: string, type: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`The search page has no ${selector} element.`);
  return element;
}

function findPage(): Page {
  const form = find('form[data-search-form]', HTMLFormElement);
  const select = (name: string): HTMLSelectElement => find(`select[name="${name}"]`, HTMLSelectElement);
  return {
    form,
    query: find('input[name="q"]', HTMLInputElement),
    filters: {
      topic: select('topic'),
      year: select('year'),
      organisation: select('organisation'),
      code: select('code'),
    },
    sort: select('sort'),
    status: find('[data-search-status]', HTMLElement),
    results: find('ol[data-search-results]', HTMLOListElement),
    more: find('button[data-search-more]', HTMLButtonElement),
  };
}

/** The search the form's controls describe. */
function formState(page: Page): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(page.form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return readSearchState(params);
}

/** Each filter's values, as the page lists them (every value some paper has). */
function filterValues(page: Page): Record<FilterKey, string[]> {
  const values = (key: FilterKey): string[] =>
    [...page.filters[key].options].map((option) => option.value).filter((value) => value !== '');
  return { topic: values('topic'), year: values('year'), organisation: values('organisation'), code: values('code') };
}

function element<K extends keyof HTMLElementTagNameMap>(
  name: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(name), properties);
  node.append(...children);
  return node;
}

/** One result: title, date, comments, upvotes where known, the excerpt with the matches marked, and topics. */
function resultItem(fragment: Fragment): HTMLLIElement {
  const { title = fragment.url, published, comments, upvotes } = fragment.meta;
  const facts: Node[] = [
    published !== undefined && ISO_DATE.test(published)
      ? element('time', { dateTime: published }, [formatDate(published)])
      : element('span', {}, ['No published date']),
  ];
  if (comments !== undefined && /^\d+$/.test(comments)) {
    facts.push(element('span', {}, [plural(Number(comments), 'comment')]));
  }
  if (upvotes !== undefined && /^\d+$/.test(upvotes)) {
    facts.push(element('span', {}, [plural(Number(upvotes), 'upvote')]));
  }
  const excerpt = excerptParts(fragment.excerpt).map((part) =>
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
      topics.map((topic) => element('li', {}, [element('span', {}, [topic])])),
    );
    list.setAttribute('aria-label', 'Topics');
    item.append(list);
  }
  return item;
}

/** What the status line says about a finished search. */
function summary(state: SearchState, count: number): string {
  const term = searchTerm(state.query);
  const filtered = Object.keys(activeFilters(state)).length > 0;
  if (count === 0) {
    return term === null
      ? 'No papers match all these filters. Try fewer.'
      : `No papers match “${term}”. Try fewer or other words${filtered ? ', or clear the filters' : ''}.`;
  }
  const found = `${plural(count, 'paper')} ${count === 1 ? 'matches' : 'match'}`;
  if (term !== null) return `${found} “${term}”.`;
  // Without words there is no relevance: the listing is in the order pagefindRequest chose.
  return `${found} the filters, ${LISTING_ORDER[state.sort]}.`;
}

/** Runs searches for the page, showing only the latest one's results. */
class SearchRun {
  #generation = 0;
  #results: Result[] = [];
  #shown = 0;
  #note = '';
  readonly page: Page;
  readonly pagefind: Pagefind;

  constructor(page: Page, pagefind: Pagefind) {
    this.page = page;
    this.pagefind = pagefind;
  }

  /** Searches for `state`; `typing` waits for a pause in the typing first. */
  async run(state: SearchState, { typing = false, note = '' } = {}): Promise<void> {
    const generation = ++this.#generation;
    this.#note = note;
    const request = pagefindRequest(state);
    if (request === null) {
      this.#results = [];
      this.page.results.removeAttribute('aria-busy');
      this.page.results.replaceChildren();
      this.page.more.hidden = true;
      this.#say(
        state.query === ''
          ? 'Type words from a paper’s title, authors, abstract, topics or organisation, or choose a filter to list papers.'
          : `“${state.query}” has no letters or digits to search for. Type a word, or choose a filter.`,
      );
      return;
    }
    this.page.results.setAttribute('aria-busy', 'true');
    let search: Search | null;
    try {
      search = typing
        ? await this.pagefind.debouncedSearch(request.term, request.options)
        : await this.pagefind.search(request.term, request.options);
      if (search === null || generation !== this.#generation) return;
      if (request.then !== undefined) {
        const then = await this.pagefind.search(request.term, request.then);
        if (generation !== this.#generation) return;
        search = { results: followedBy(search.results, then.results) };
      }
      this.#results = search.results;
      this.#shown = 0;
      this.page.results.replaceChildren();
      await this.more(generation);
    } catch (error) {
      if (generation === this.#generation) {
        this.page.results.removeAttribute('aria-busy');
        this.#say('The search failed. Reload the page to try again.');
      }
      throw new Error(`Pagefind could not search for ${JSON.stringify(request.term)}`, { cause: error });
    }
    if (generation !== this.#generation) return;
    const nothing = searchTerm(state.query) === null && state.query !== '';
    this.#say(
      `${nothing ? `“${state.query}” has no letters or digits, so only the filters apply. ` : ''}${summary(state, search.results.length)}`,
    );
  }

  /** Shows the next page of results; returns the first one shown. */
  async more(generation = this.#generation): Promise<HTMLLIElement | undefined> {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const fragments = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.#generation) return undefined;
    const items = fragments.map(resultItem);
    this.page.results.append(...items);
    this.#shown += next.length;
    this.page.results.removeAttribute('aria-busy');
    const left = this.#results.length - this.#shown;
    this.page.more.hidden = left <= 0;
    this.page.more.textContent = `Show ${plural(Math.min(left, PAGE_SIZE), 'more result')}`;
    return items[0];
  }

  #say(text: string): void {
    this.page.status.textContent = this.#note === '' ? text : `${text} ${this.#note}`;
  }
}

async function start(): Promise<void> {
  const page = findPage();
  const params = new URLSearchParams(window.location.search);
  const fromUrl = readSearchState(params);
  page.query.value = fromUrl.query;

  // The reader may type, or change a control, while Pagefind loads: the controls are the search from the start.
  const sorts = [...page.sort.options].map((option) => option.value);
  const state = withKnownSort(withKnownFilters(fromUrl, filterValues(page)), sorts);
  page.sort.value = state.sort;
  for (const key of FILTER_KEYS) page.filters[key].value = state[key];
  window.history.replaceState(null, '', searchHref(window.location.pathname, state));
  let search: SearchRun | null = null;
  const update = (typing: boolean): void => {
    const next = formState(page);
    window.history.replaceState(null, '', searchHref(window.location.pathname, next));
    void search?.run(next, { typing });
  };
  page.query.addEventListener('input', () => {
    update(true);
  });
  page.form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update(false);
  });
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(false);
  });
  page.more.addEventListener('click', () => {
    // The button may disappear with the last results: the reader carries on from the first new one.
    void search?.more().then((first) => first?.querySelector('a')?.focus());
  });

  page.status.textContent = 'Loading search…';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ paths.pagefind())) as Pagefind;
    // The index holds paths from the site's root; results link under the base path.
    await pagefind.options({ baseUrl: paths.base });
  } catch (error) {
    page.status.textContent = 'Search could not load. Browse the archive by topic or date instead.';
    throw new Error(`Could not load the search index from ${paths.pagefind()}`, { cause: error });
  }
  search = new SearchRun(page, pagefind);
  const shortened = isClamped(params.get('q') ?? '')
    ? `The search was shortened to its first ${MAX_QUERY_LENGTH} characters.`
    : '';
  await search.run(formState(page), { note: shortened });
}

void start();
