import { describe, expect, test } from 'vitest';
import {
  activeFilters,
  clampQuery,
  EMPTY_SEARCH,
  facetCountFilters,
  followedBy,
  isClamped,
  MAX_QUERY_LENGTH,
  pagefindRequest,
  readSearchParams,
  resolveSearch,
  searchHref,
  searchTerm,
  unheldScopes,
  writeSearchState,
  type Offered,
} from './search-state.ts';

/** What a search page built from a few papers offers. */
const OFFERED: Offered = {
  filters: {
    topic: [
      { value: 'agents', label: 'Agents and tool use' },
      { value: 'image-generation', label: 'Image generation' },
    ],
    year: [{ value: '2024', label: '2024' }],
    listed: [{ value: '2026', label: '2026' }],
    organisation: [{ value: 'moonshotai', label: 'Moonshot AI' }],
    code: [
      { value: 'yes', label: 'With code' },
      { value: 'no', label: 'Without code' },
    ],
  },
  sorts: ['relevance', 'published', 'listed', 'comments'],
};

/** The search a URL's parameters give on that page. */
function fromUrl(query: string): ReturnType<typeof resolveSearch> {
  return resolveSearch(readSearchParams(new URLSearchParams(query)), OFFERED);
}

describe('resolveSearch', () => {
  test('reads the query, every filter by the id the site uses, and the sort from a shared URL', () => {
    const { state, notes } = fromUrl(
      'q=attention+sinks&topic=image-generation&year=2024&listed=2026&organisation=moonshotai&code=yes&sort=listed',
    );
    expect(state).toEqual({
      ...EMPTY_SEARCH,
      query: 'attention sinks',
      topic: 'image-generation',
      year: '2024',
      listed: '2026',
      organisation: 'moonshotai',
      code: 'yes',
      sort: 'listed',
    });
    expect(notes).toEqual([]);
  });

  test('reads a display name from an older link as its id, whatever its case and spacing', () => {
    expect(fromUrl('topic=Agents+and+tool+use&organisation=moonshot+ai').state).toEqual({
      ...EMPTY_SEARCH,
      topic: 'agents',
      organisation: 'moonshotai',
    });
    expect(fromUrl('topic=Image-Generation').state.topic).toBe('image-generation');
  });

  test('reads the sort once called newest as the publication date', () => {
    expect(fromUrl('q=llm&sort=newest').state.sort).toBe('published');
  });

  test('drops a value the page does not offer and says so, keeping the rest', () => {
    const { state, notes } = fromUrl('q=x&topic=xyz&year=1999&code=maybe&organisation=moonshotai');
    expect(state).toEqual({ ...EMPTY_SEARCH, query: 'x', organisation: 'moonshotai' });
    expect(notes).toEqual([
      'No topic “xyz”; showing all topics.',
      'No year of publication “1999”; showing every year of publication.',
      'No code choice “maybe”; showing papers with and without code.',
    ]);
  });

  test('applies a scope a listing links by its id, which the page offers no choice for, with the other filters', () => {
    const { state, notes } = fromUrl('listed-day=2026-04-20&code=yes&owner=github.com%2FGATECH-EIC');
    expect(state).toEqual({ ...EMPTY_SEARCH, 'listed-day': '2026-04-20', owner: 'github.com/gatech-eic', code: 'yes' });
    expect(notes).toEqual([]);
    expect(fromUrl('listed-week=2026-W17&listed-month=2026-04&month=2025-09').state).toMatchObject({
      'listed-week': '2026-W17',
      'listed-month': '2026-04',
      month: '2025-09',
    });
  });

  test('drops a scope that is not of the shape of its ids and says so, keeping the rest', () => {
    const { state, notes } = fromUrl('q=x&listed-day=2026-13-01&listed-week=2025-W53&owner=openai&month=2025-09');
    expect(state).toEqual({ ...EMPTY_SEARCH, query: 'x', month: '2025-09' });
    expect(notes).toEqual([
      'No day listed “2026-13-01”; showing every day.',
      'No week listed “2025-W53”; showing every week.',
      'No repository owner “openai”; showing every owner.',
    ]);
  });

  test('sorts by relevance when the sort is unknown or not offered, and says so', () => {
    expect(fromUrl('q=llm&sort=upvotes')).toEqual({
      state: { ...EMPTY_SEARCH, query: 'llm' },
      notes: ['No sort “upvotes”; sorted by relevance.'],
    });
    expect(fromUrl('sort=relevance').notes).toEqual([]);
  });

  test('reads nothing from an empty URL, and the empty search from blank values', () => {
    expect(fromUrl('')).toEqual({ state: EMPTY_SEARCH, notes: [] });
    expect(fromUrl('q=%20%20&topic=&sort=')).toEqual({ state: EMPTY_SEARCH, notes: [] });
  });
});

describe('readSearchParams', () => {
  test('clamps the query and filter values a URL can make as long as it likes', () => {
    const asked = readSearchParams(new URLSearchParams({ q: 'word '.repeat(400), topic: 'x'.repeat(1000) }));
    expect(asked.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(asked.query).toBe(Array.from({ length: 40 }, () => 'word').join(' '));
    expect(asked.topic).toBe('x'.repeat(200));
  });
});

describe('writeSearchState', () => {
  test('writes only what is set, query first and sort last', () => {
    const params = writeSearchState({ ...EMPTY_SEARCH, sort: 'published', code: 'no', query: 'diffusion' });
    expect(params.toString()).toBe('q=diffusion&code=no&sort=published');
    expect(writeSearchState({ ...EMPTY_SEARCH, query: 'llm', sort: 'upvotes' }).toString()).toBe('q=llm&sort=upvotes');
  });

  test('writes the scopes after the words, before the choices', () => {
    const params = writeSearchState({ ...EMPTY_SEARCH, query: 'llm', year: '2025', 'listed-day': '2026-04-20' });
    expect(params.toString()).toBe('q=llm&listed-day=2026-04-20&year=2025');
  });

  test('round-trips through the URL', () => {
    const state = {
      query: 'graph & “quotes” / 100%',
      topic: 'agents',
      year: '2024',
      listed: '2026',
      organisation: 'moonshotai',
      code: 'yes',
      'listed-day': '2026-04-20',
      'listed-week': '2026-W17',
      'listed-month': '2026-04',
      month: '2024-06',
      owner: 'gitlab.com/group',
      sort: 'comments' as const,
    };
    expect(resolveSearch(readSearchParams(writeSearchState(state)), OFFERED).state).toEqual(state);
  });

  test('writes nothing for the empty search', () => {
    expect(writeSearchState(EMPTY_SEARCH).toString()).toBe('');
  });
});

describe('searchHref', () => {
  test('adds the parameters to the search page path, and nothing when there are none', () => {
    expect(searchHref('/paper-archive/search/', { query: 'kv cache' })).toBe('/paper-archive/search/?q=kv+cache');
    expect(searchHref('/search/', { topic: 'image-generation', sort: 'listed' })).toBe(
      '/search/?topic=image-generation&sort=listed',
    );
    expect(searchHref('/search/', EMPTY_SEARCH)).toBe('/search/');
  });
});

describe('clampQuery', () => {
  test('keeps a short query as typed, with its whitespace tidied', () => {
    expect(clampQuery('  mixture \t of\n experts  ')).toBe('mixture of experts');
    expect(clampQuery('a\u0000b')).toBe('a b');
  });

  test(`cuts a long query to ${MAX_QUERY_LENGTH} characters at the last space`, () => {
    const words = 'attention '.repeat(30);
    const clamped = clampQuery(words);
    expect(clamped).toBe(Array.from({ length: 20 }, () => 'attention').join(' '));
    expect(clamped.length).toBe(199);
  });

  test('keeps a word that ends exactly at the limit', () => {
    const exact = `${'a'.repeat(99)} ${'b'.repeat(100)} tail`;
    expect(clampQuery(exact)).toBe(`${'a'.repeat(99)} ${'b'.repeat(100)}`);
  });

  test('cuts a query with no space at the limit itself', () => {
    expect(clampQuery('x'.repeat(2000))).toBe('x'.repeat(MAX_QUERY_LENGTH));
  });

  test('counts a character made of several code points as one', () => {
    const flags = '🇫🇷'.repeat(250);
    expect(clampQuery(flags)).toBe('🇫🇷'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('isClamped', () => {
  test('tells a query that was cut from one that was only tidied', () => {
    expect(isClamped('x'.repeat(2000))).toBe(true);
    expect(isClamped(`  ${'x'.repeat(MAX_QUERY_LENGTH)}  `)).toBe(false);
    expect(isClamped('')).toBe(false);
  });
});

describe('searchTerm', () => {
  test('is the query, normalised, when it has a letter or digit in any script', () => {
    expect(searchTerm('LoRA')).toBe('LoRA');
    expect(searchTerm('KV-cache arXiv:2501.00663v2')).toBe('KV cache 2501.00663');
    expect(searchTerm('3D')).toBe('3D');
    expect(searchTerm('注意力')).toBe('注意力');
  });

  test('is null for a query of punctuation, symbols or nothing', () => {
    expect(searchTerm('?!… ---')).toBeNull();
    expect(searchTerm('<>&"\'')).toBeNull();
    expect(searchTerm('')).toBeNull();
  });
});

describe('activeFilters', () => {
  test('names the filters that are set, scopes included, as Pagefind takes them', () => {
    expect(activeFilters({ ...EMPTY_SEARCH, topic: 'agents', code: 'no' })).toEqual({ topic: 'agents', code: 'no' });
    expect(activeFilters({ ...EMPTY_SEARCH, owner: 'github.com/openai', year: '2025' })).toEqual({
      owner: 'github.com/openai',
      year: '2025',
    });
    expect(activeFilters(EMPTY_SEARCH)).toEqual({});
  });
});

describe('pagefindRequest', () => {
  test('searches the query, normalised, ranked by relevance', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'attention sinks' })).toEqual({
      term: 'attention sinks',
      options: { filters: {} },
    });
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'KV-cache' })?.term).toBe('KV cache');
  });

  test('sorts by the sort keys the paper pages carry, highest first', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'llm', sort: 'comments' })?.options.sort).toEqual({
      comments: 'desc',
    });
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'llm', sort: 'published' })?.options.sort).toEqual({
      published: 'desc',
    });
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'llm', sort: 'listed' })?.options.sort).toEqual({
      listed: 'desc',
    });
  });

  test('sorts by upvotes in two searches: the papers with upvotes, most first, then the others by relevance', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'llm', sort: 'upvotes' })).toEqual({
      term: 'llm',
      options: { filters: {}, sort: { upvotes: 'desc' } },
      then: { filters: {} },
    });
  });

  test('lists the papers without upvotes newest first when there is no word to search', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, code: 'yes', sort: 'upvotes' })).toEqual({
      term: null,
      options: { filters: { code: 'yes' }, sort: { upvotes: 'desc' } },
      then: { filters: { code: 'yes' }, sort: { published: 'desc' } },
    });
  });

  test('lists papers by filter alone, newest first, when there is no word to search', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: '?!', year: '2024' })).toEqual({
      term: null,
      options: { filters: { year: '2024' }, sort: { published: 'desc' } },
    });
    expect(pagefindRequest({ ...EMPTY_SEARCH, code: 'yes', sort: 'comments' })).toEqual({
      term: null,
      options: { filters: { code: 'yes' }, sort: { comments: 'desc' } },
    });
  });

  test('is null when there is neither a word nor a filter', () => {
    expect(pagefindRequest(EMPTY_SEARCH)).toBeNull();
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: '...', sort: 'comments' })).toBeNull();
  });
});

describe('facetCountFilters', () => {
  test('counts every filter within the filters set when none is set', () => {
    expect(facetCountFilters(EMPTY_SEARCH)).toEqual([
      { keys: ['topic', 'year', 'listed', 'organisation', 'code'], filters: {} },
    ]);
  });

  test('counts every choice within the scopes, which have no choices of their own', () => {
    expect(facetCountFilters({ ...EMPTY_SEARCH, 'listed-day': '2026-04-20', code: 'yes' })).toEqual([
      { keys: ['topic', 'year', 'listed', 'organisation'], filters: { 'listed-day': '2026-04-20', code: 'yes' } },
      { keys: ['code'], filters: { 'listed-day': '2026-04-20' } },
    ]);
  });

  test('counts a filter that is set without itself, and the others within all that are set', () => {
    expect(facetCountFilters({ ...EMPTY_SEARCH, topic: 'agents', code: 'yes' })).toEqual([
      { keys: ['year', 'listed', 'organisation'], filters: { topic: 'agents', code: 'yes' } },
      { keys: ['topic'], filters: { code: 'yes' } },
      { keys: ['code'], filters: { topic: 'agents' } },
    ]);
  });
});

describe('unheldScopes', () => {
  /** Pagefind's counts for a search for the day `2026-04-20`: every day its day filter holds, most with none. */
  const counts = { 'listed-day': { '2026-04-17': 0, '2026-04-20': 31 }, code: { yes: 12, no: 19 } };

  test('names a scope whose value is not among the values the index counted for it', () => {
    expect(unheldScopes({ ...EMPTY_SEARCH, 'listed-day': '2026-04-19' }, counts)).toEqual(['listed-day']);
    expect(unheldScopes({ ...EMPTY_SEARCH, owner: 'github.com/openai' }, counts)).toEqual(['owner']);
  });

  test('names none that the index holds, even with no result here, and none when no scope is set', () => {
    expect(unheldScopes({ ...EMPTY_SEARCH, 'listed-day': '2026-04-17' }, counts)).toEqual([]);
    expect(unheldScopes({ ...EMPTY_SEARCH, 'listed-day': '2026-04-20' }, counts)).toEqual([]);
    expect(unheldScopes(EMPTY_SEARCH, undefined)).toEqual([]);
  });
});

describe('followedBy', () => {
  test('gives the first results, then those of the second the first did not have, each in its order', () => {
    const upvoted = [{ id: 'en_titans' }, { id: 'en_sinks' }];
    const matching = [{ id: 'en_fit' }, { id: 'en_sinks' }, { id: 'en_zebra' }, { id: 'en_titans' }];
    expect(followedBy(upvoted, matching).map((result) => result.id)).toEqual([
      'en_titans',
      'en_sinks',
      'en_fit',
      'en_zebra',
    ]);
    expect(followedBy([], matching)).toEqual(matching);
  });
});
