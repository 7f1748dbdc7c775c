// The search page: reads the search from the URL, runs it with Pagefind in the browser and shows the results.
// The form's controls are the state; every change is written back to the URL so a search can be shared.
import { plural } from '../lib/format.ts';
import { paths } from '../lib/paths.ts';
import { indexForm, isPhrase, queryWords, wholeWordQuery, wordsInNoPaper } from '../lib/search-query.ts';
import {
  activeFilters,
  facetCountFilters,
  FILTER_KEYS,
  followedBy,
  isClamped,
  MAX_QUERY_LENGTH,
  pagefindRequest,
  readSearchParams,
  resolveSearch,
  searchHref,
  searchTerm,
  unheldScopes,
  unknownValueNote,
  type Offered,
  type PagefindRequest,
  type SearchState,
  type SortOrder,
} from '../lib/search-state.ts';
import type { ScopeKey } from '../lib/search-scope.ts';
import { offeredBy, showCounts, type ChoiceCounts, type FilterControls } from './filter-controls.ts';
import type { FilterCounts, Fragment, Pagefind, Result } from './pagefind-api.ts';
import { resultItem } from './result-item.ts';
import { showScopes } from './scope-list.ts';

/** How a listing by filters alone is ordered, for each sort: with no words, relevance lists newest first. */
const LISTING_ORDER: Record<SortOrder, string> = {
  relevance: 'published newest first',
  published: 'published newest first',
  listed: 'listed newest first',
  comments: 'most discussed first',
  upvotes: 'most upvoted first, then those without upvotes, published newest first',
};

/** Results shown at once; "Show more" adds as many again. */
const PAGE_SIZE = 20;
/**
 * Results are shown a few at a time as their data arrives, in order, so the first ones do not wait for the
 * slowest of a page (over HTTP/1.1 a browser fetches six files from a host at once).
 */
const BATCH = 5;

/**
 * What loads the files of the filters the page offers choices for, so that each search counts their values: a search
 * that names them, for none of their values. Pagefind's `filters()` would load every filter's file, the scopes'
 * too, which the page shows no counts for and which every search would then count.
 */
const CHOICE_FILTERS = Object.fromEntries(FILTER_KEYS.map((key) => [key, []]));

/** The page's parts, found once. */
interface Page {
  form: HTMLFormElement;
  query: HTMLInputElement;
  filters: FilterControls;
  /** The scopes set, as constraints the reader can remove, and the area that holds them. */
  scopes: { box: HTMLElement; list: HTMLUListElement };
  controls: HTMLFieldSetElement;
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
    filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, select(key)])) as FilterControls,
    scopes: { box: find('[data-search-scopes]', HTMLElement), list: find('[data-search-scopes] ul', HTMLUListElement) },
    controls: find('fieldset.search-controls', HTMLFieldSetElement),
    sort: select('sort'),
    status: find('[data-search-status]', HTMLElement),
    results: find('ol[data-search-results]', HTMLOListElement),
    more: find('button[data-search-more]', HTMLButtonElement),
  };
}

/** The search the form's controls describe. */
function formState(page: Page, offered: Offered): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(page.form)) {
    if (typeof value === 'string') params.append(name, value);
  }
  return resolveSearch(readSearchParams(params), offered).state;
}

/**
 * A reader's words in quotes, as the status line shows them: a phrase they put in double quotes takes single ones
 * inside, so `"KV cache" decoding` reads “‘KV cache’ decoding”, not “"KV cache" decoding”.
 */
function quote(text: string): string {
  return `“${text.replace(/"([^"]*)"/g, '‘$1’')}”`;
}

/** A list of quoted words: `“a”`, `“a” or “b”`, `“a”, “b” or “c”`. */
function quoted(words: readonly string[], joiner: string): string {
  const all = words.map(quote);
  return all.length < 2 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} ${joiner} ${all.at(-1) ?? ''}`;
}

/**
 * The words of a page that its search matched: those of its text, in the order they appear, then every word of the
 * metadata fields it matched in, where a word its dashes break is written together (lib/search-meta.ts).
 */
function matchedWords(fragment: Fragment, metaFields: readonly string[] = []): string[] {
  // Pagefind counts word positions in whitespace-separated words, as its excerpts do.
  const words = fragment.content.split(/[^\S\uFEFF]+/);
  const inMeta = metaFields.flatMap((field) => fragment.meta[field]?.split(/\s+/) ?? []);
  return [...fragment.locations.flatMap((location) => words[location] ?? []), ...inMeta];
}

/** A search's results, and what the query's words turned out to be. */
interface Found {
  results: Result[];
  /** Pagefind's count of the results for each filter choice, once the filter index is loaded. */
  counts: FilterCounts | undefined;
  /** Query words that are in no paper: then there are no results. */
  absent: string[];
  /** Query words that are in no paper whole, only as the start of longer words. */
  partial: string[];
  /** Scopes whose value no paper has: then the search is made again without them. */
  unheld: ScopeKey[];
}

/** What the status line says about a finished search. */
function summary(state: SearchState, found: Found): string {
  const count = found.results.length;
  if (found.absent.length > 0)
    return `No paper contains ${quoted(found.absent, 'or')}. Check the spelling, or try other words.`;
  const words = searchTerm(state.query) === null ? null : state.query;
  const filtered = Object.keys(activeFilters(state)).length > 0;
  if (count === 0) {
    return words === null
      ? 'No papers match all these filters. Try fewer.'
      : `No papers match ${quote(words)}. Try fewer or other words${filtered ? ', or clear the filters' : ''}.`;
  }
  const matched = `${plural(count, 'paper')} ${count === 1 ? 'matches' : 'match'}`;
  // Without words there is no relevance: the listing is in the order pagefindRequest chose.
  if (words === null) return `${matched} the filters, ${LISTING_ORDER[state.sort]}.`;
  const partly =
    found.partial.length === 0
      ? ''
      : ` No paper has ${quoted(found.partial, 'or')} as a whole word: these have words that begin with ${found.partial.length === 1 ? 'it' : 'them'}.`;
  return `${matched} ${quote(words)}.${partly}`;
}

/** Runs searches for the page, showing only the latest one's results. */
class SearchRun {
  #generation = 0;
  #results: Result[] = [];
  #shown = 0;
  /** Results are placed in order, one batch after the other, for the latest search only. */
  #placing: Promise<unknown> = Promise.resolve();
  /** The offered filters' files, loaded once the reader turns to the filters: from then on every search counts. */
  #filterIndex: Promise<unknown> | undefined;
  #filterIndexLoaded = false;
  /** The search shown, which the filter choices count once the filter index is loaded. */
  #shownSearch: { state: SearchState; request: PagefindRequest; found: Found; generation: number } | undefined;
  #notes: string[] = [];
  readonly page: Page;
  readonly pagefind: Pagefind;
  readonly #topicNames: ReadonlyMap<string, string>;
  /** Shows a search that left out a scope the index does not hold: in the URL, and in the constraints. */
  readonly #narrowed: (state: SearchState) => void;

  constructor(page: Page, pagefind: Pagefind, offered: Offered, narrowed: (state: SearchState) => void) {
    this.page = page;
    this.pagefind = pagefind;
    this.#topicNames = new Map(offered.filters.topic.map((choice) => [choice.value, choice.label]));
    this.#narrowed = narrowed;
  }

  /** Searches for `state`; `typing` waits for a pause in the typing first. `notes` follow what the status says. */
  async run(state: SearchState, { typing = false, notes = [] as string[] } = {}): Promise<void> {
    const generation = ++this.#generation;
    this.#notes = notes;
    this.#placing = Promise.resolve();
    const request = pagefindRequest(state);
    if (request === null) {
      this.#results = [];
      this.#busy(false);
      delete this.page.results.dataset.stale;
      this.page.results.replaceChildren();
      this.page.more.hidden = true;
      this.#shownSearch = undefined;
      showCounts(this.page.filters, 'archive');
      this.#say(
        state.query === ''
          ? 'Type words from a paper’s title, authors, abstract, topics or organisation, or choose a filter to list papers.'
          : `${quote(state.query)} has no letters or digits to search for. Type a word, or choose a filter.`,
      );
      return;
    }
    // The results already shown stay, dimmed, until the new ones replace them.
    this.#busy(true);
    this.page.results.dataset.stale = '';
    this.page.more.hidden = true;
    this.#say('Searching…');
    let found: Found | null;
    try {
      found = await this.#find(state, request, typing);
      if (found === null || generation !== this.#generation) return;
      if (found.unheld.length === 0) {
        this.#results = found.results;
        this.#shown = 0;
        await this.#show(generation, true);
      }
    } catch (error) {
      if (generation === this.#generation) {
        this.#busy(false);
        delete this.page.results.dataset.stale;
        this.#say('The search failed. Reload the page to try again.');
      }
      throw new Error(`Pagefind could not search for ${JSON.stringify(request.term)}`, { cause: error });
    }
    if (found.unheld.length > 0) {
      // A link's scope that no paper has is reported and the search made again without it: never applied silently.
      const without: SearchState = { ...state, ...Object.fromEntries(found.unheld.map((key) => [key, ''])) };
      const dropped = found.unheld.map((key) => unknownValueNote(key, state[key]));
      this.#narrowed(without);
      await this.run(without, { notes: [...notes, ...dropped] });
      return;
    }
    if (generation !== this.#generation) return;
    const nothing = searchTerm(state.query) === null && state.query !== '';
    this.#say(
      `${nothing ? `${quote(state.query)} has no letters or digits, so only the filters apply. ` : ''}${summary(state, found)}`,
    );
    this.#shownSearch = { state, request, found, generation };
    await this.#count(this.#shownSearch);
  }

  /**
   * Loads the offered filters' files, when the reader turns to the filters, and counts the choices for the search
   * shown. Until then a search's choices show no counts: once the files are loaded, Pagefind counts every search's
   * results for every choice, which makes a search for a common word several times slower (BENCHMARKS.md).
   */
  async countChoices(): Promise<void> {
    if (this.#filterIndex !== undefined) return;
    this.page.controls.setAttribute('aria-busy', 'true');
    this.#filterIndex = this.pagefind.preload(null, { filters: CHOICE_FILTERS });
    await this.#filterIndex;
    this.#filterIndexLoaded = true;
    if (this.#shownSearch === undefined) this.page.controls.removeAttribute('aria-busy');
    else await this.#count(this.#shownSearch);
  }

  /**
   * The results of a request, unless a later one superseded it (`null`). A query word that the best result does
   * not hold as it is written is looked up whole with Pagefind's exact search: a word no paper holds at all gives
   * no results, rather than the pages Pagefind finds for a shorter word it begins with.
   */
  async #find(state: SearchState, request: PagefindRequest, typing: boolean): Promise<Found | null> {
    const { term } = request;
    // Pagefind counts the choices in a search only when the filter index was there before it started.
    const counting = this.#filterIndexLoaded;
    const search = typing
      ? await this.pagefind.debouncedSearch(term, request.options)
      : await this.pagefind.search(term, request.options);
    if (search === null) return null;
    const unheld = unheldScopes(state, search.filters);
    if (unheld.length > 0) return { results: [], counts: undefined, absent: [], partial: [], unheld };
    let { results } = search;
    // Sorted by upvotes, the first search leaves out the papers without any: the second one finds them all.
    let counts = search.filters;
    if (request.then !== undefined) {
      const then = await this.pagefind.search(term, request.then);
      results = followedBy(results, then.results);
      counts = then.filters;
    }
    const found: Found = { results, counts: counting ? counts : undefined, absent: [], partial: [], unheld: [] };
    if (term === null || isPhrase(term)) return found;
    // The first page's data is asked for at once (Pagefind loads each once): the best result's words say whether
    // the query's words are in it, and the page is shown next.
    const firstPage = results.slice(0, PAGE_SIZE).map((result) => result.data());
    void Promise.allSettled(firstPage);
    const best = await firstPage[0];
    const matched = best === undefined ? [] : matchedWords(best, results[0]?.matchedMetaFields);
    const unsure = queryWords(term).filter(
      (word) => !matched.some((pageWord) => indexForm(pageWord) === indexForm(word)),
    );
    const whole = await Promise.all(unsure.map((word) => this.pagefind.search(wholeWordQuery(word))));
    const notWhole = unsure.filter((_, index) => whole[index]?.results.length === 0);
    const absent = wordsInNoPaper(notWhole, matched);
    if (absent.length > 0) return { results: [], counts: undefined, absent, partial: [], unheld: [] };
    return { ...found, partial: notWhole };
  }

  /**
   * Shows the next page of results, `replace`-ing those shown; resolves with the first one shown once the first
   * few are in place, while the rest of the page follows. The list is busy, and "Show more" hidden, until the
   * whole page is in place.
   */
  async #show(generation: number, replace: boolean): Promise<HTMLLIElement | undefined> {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    this.#shown += next.length;
    const left = this.#results.length - this.#shown;
    this.#busy(true);
    this.page.more.hidden = true;
    // Every result's data is asked for at once; they are placed in order as they arrive.
    const loads = next.map((result) => result.data());
    const batches = Array.from({ length: Math.max(1, Math.ceil(loads.length / BATCH)) }, (_, index) =>
      loads.slice(index * BATCH, (index + 1) * BATCH),
    );
    const placed = batches.map((batch, index) => {
      const place = this.#placing.then(async () => {
        const fragments = await Promise.all(batch);
        if (generation !== this.#generation) return undefined;
        const items = fragments.map((fragment) => resultItem(fragment, (id) => this.#topicNames.get(id) ?? id));
        if (replace && index === 0) this.page.results.replaceChildren(...items);
        else this.page.results.append(...items);
        if (index === 0) delete this.page.results.dataset.stale;
        if (index === batches.length - 1) {
          this.#busy(false);
          this.page.more.hidden = left <= 0;
          this.page.more.textContent = `Show ${plural(Math.min(left, PAGE_SIZE), 'more result')}`;
        }
        return items[0];
      });
      this.#placing = place;
      return place;
    });
    return placed[0];
  }

  /** Shows the next page of results, unless a search or a page is still on its way; resolves with the first one shown. */
  async more(): Promise<HTMLLIElement | undefined> {
    if (this.page.results.getAttribute('aria-busy') === 'true') return undefined;
    return this.#show(this.#generation, false);
  }

  /**
   * Shows, beside each filter choice, how many of the shown search's results it would leave, once the filter index
   * is loaded (`countChoices`); before, no count. A filter that is set counts its choices without itself, in a
   * search of its own; the others' counts came with the search, if it counted.
   */
  async #count(shown: {
    state: SearchState;
    request: PagefindRequest;
    found: Found;
    generation: number;
  }): Promise<void> {
    const { state, request, found, generation } = shown;
    if (this.#filterIndex === undefined) {
      showCounts(this.page.filters, 'unknown');
      return;
    }
    this.page.controls.setAttribute('aria-busy', 'true');
    await this.#filterIndex;
    let counts: ChoiceCounts = {};
    if (found.absent.length === 0) {
      const searches = facetCountFilters(state).map(async ({ keys, filters }) => {
        const counted =
          found.counts !== undefined && keys.some((key) => state[key] === '')
            ? found.counts
            : (await this.pagefind.search(request.term, { filters })).filters;
        return keys.map((key) => [key, counted?.[key] ?? {}] as const);
      });
      counts = Object.fromEntries((await Promise.all(searches)).flat());
    }
    if (generation !== this.#generation) return;
    showCounts(this.page.filters, counts);
    this.page.controls.removeAttribute('aria-busy');
  }

  #busy(busy: boolean): void {
    if (busy) this.page.results.setAttribute('aria-busy', 'true');
    else this.page.results.removeAttribute('aria-busy');
  }

  #say(text: string): void {
    this.page.status.textContent = [text, ...this.#notes].join(' ');
  }
}

async function start(): Promise<void> {
  const page = findPage();
  const offered = offeredBy(page.filters, page.sort);
  const params = new URLSearchParams(window.location.search);
  const { state, notes } = resolveSearch(readSearchParams(params), offered);
  if (isClamped(params.get('q') ?? ''))
    notes.push(`The search was shortened to its first ${MAX_QUERY_LENGTH} characters.`);

  // The reader may type, or change a control, while Pagefind loads: the controls are the search from the start.
  page.query.value = state.query;
  page.sort.value = state.sort;
  for (const key of FILTER_KEYS) page.filters[key].value = state[key];
  window.history.replaceState(null, '', searchHref(window.location.pathname, state));
  let search: SearchRun | null = null;
  const update = (typing: boolean): void => {
    const next = formState(page, offered);
    window.history.replaceState(null, '', searchHref(window.location.pathname, next));
    void search?.run(next, { typing });
  };
  // The button that had the focus is gone: a removed scope's neighbour takes it, else the control after the list,
  // the first filter, rather than the words' field, which would open a phone's keyboard.
  const showScopesOf = (shown: SearchState): void => {
    showScopes(page.scopes, shown, (next) => {
      update(false);
      (next ?? page.controls.querySelector('select') ?? page.query).focus();
    });
  };
  showScopesOf(state);
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
  // The filter index loads when the reader turns to the filters, not with every search.
  const wanted = { counts: false };
  for (const event of ['focusin', 'pointerover', 'change']) {
    page.controls.addEventListener(event, () => {
      wanted.counts = true;
      void search?.countChoices();
    });
  }
  page.more.addEventListener('click', () => {
    // The button may disappear with the last results: the reader carries on from the first new one.
    void search?.more().then((first) => first?.querySelector('a')?.focus());
  });

  page.status.textContent = [
    state.query === '' && Object.keys(activeFilters(state)).length === 0 ? '' : 'Loading the search index…',
    ...notes,
  ]
    .filter((text) => text !== '')
    .join(' ');
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ paths.pagefind())) as Pagefind;
    // The index holds paths from the site's root; results link under the base path.
    await pagefind.options({ baseUrl: paths.base });
  } catch (error) {
    page.status.textContent = 'Search could not load. Browse the archive by topic or date instead.';
    throw new Error(`Could not load the search index from ${paths.pagefind()}`, { cause: error });
  }
  search = new SearchRun(page, pagefind, offered, (narrowed) => {
    showScopesOf(narrowed);
    window.history.replaceState(null, '', searchHref(window.location.pathname, narrowed));
  });
  const first = search.run(formState(page, offered), { notes });
  if (wanted.counts) void search.countChoices();
  await first;
}

void start();
