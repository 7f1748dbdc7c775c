import { describe, expect, test } from 'vitest';
import {
  activeFilters,
  clampQuery,
  EMPTY_SEARCH,
  followedBy,
  isClamped,
  MAX_QUERY_LENGTH,
  pagefindRequest,
  readSearchState,
  searchHref,
  searchTerm,
  withKnownFilters,
  withKnownSort,
  writeSearchState,
} from './search-state.ts';

describe('readSearchState', () => {
  test('reads the query, every filter and the sort from a shared URL', () => {
    const params = new URLSearchParams(
      'q=attention+sinks&topic=Computer+vision&year=2024&organisation=Moonshot+AI&code=yes&sort=comments',
    );
    expect(readSearchState(params)).toEqual({
      query: 'attention sinks',
      topic: 'Computer vision',
      year: '2024',
      organisation: 'Moonshot AI',
      code: 'yes',
      sort: 'comments',
    });
  });

  test('reads each sort order by its name', () => {
    const sorts = ['relevance', 'newest', 'comments', 'upvotes'].map(
      (sort) => readSearchState(new URLSearchParams({ q: 'llm', sort })).sort,
    );
    expect(sorts).toEqual(['relevance', 'newest', 'comments', 'upvotes']);
  });

  test('leaves whatever is missing or unknown unset', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual(EMPTY_SEARCH);
    expect(readSearchState(new URLSearchParams('code=maybe&sort=random&q=%20%20'))).toEqual(EMPTY_SEARCH);
    expect(readSearchState(new URLSearchParams('sort=Upvotes'))).toEqual(EMPTY_SEARCH);
  });

  test('clamps the query and filter values a URL can make as long as it likes', () => {
    const state = readSearchState(new URLSearchParams({ q: 'word '.repeat(400), topic: 'x'.repeat(1000) }));
    expect(state.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(state.query).toBe(Array.from({ length: 40 }, () => 'word').join(' '));
    expect(state.topic).toBe('x'.repeat(200));
  });
});

describe('writeSearchState', () => {
  test('writes only what is set, query first and sort last', () => {
    const params = writeSearchState({ ...EMPTY_SEARCH, sort: 'newest', code: 'no', query: 'diffusion' });
    expect(params.toString()).toBe('q=diffusion&code=no&sort=newest');
    expect(writeSearchState({ ...EMPTY_SEARCH, query: 'llm', sort: 'upvotes' }).toString()).toBe('q=llm&sort=upvotes');
  });

  test('round-trips through readSearchState', () => {
    const state = {
      query: 'graph & “quotes” / 100%',
      topic: 'Agents',
      year: '2025',
      organisation: 'Westlake University',
      code: 'yes' as const,
      sort: 'comments' as const,
    };
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  test('writes nothing for the empty search', () => {
    expect(writeSearchState(EMPTY_SEARCH).toString()).toBe('');
  });
});

describe('searchHref', () => {
  test('adds the parameters to the search page path, and nothing when there are none', () => {
    expect(searchHref('/paper-archive/search/', { ...EMPTY_SEARCH, query: 'kv cache' })).toBe(
      '/paper-archive/search/?q=kv+cache',
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
  test('is the query when it has a letter or digit in any script', () => {
    expect(searchTerm('LoRA')).toBe('LoRA');
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
  test('names the filters that are set, as Pagefind takes them', () => {
    expect(activeFilters({ ...EMPTY_SEARCH, topic: 'Agents', code: 'no' })).toEqual({ topic: 'Agents', code: 'no' });
    expect(activeFilters(EMPTY_SEARCH)).toEqual({});
  });
});

describe('withKnownFilters', () => {
  test('drops the filter values the index does not hold and keeps the rest', () => {
    const known = { topic: ['Agents', 'Reasoning'], year: ['2024'] };
    const state = { ...EMPTY_SEARCH, query: 'x', topic: 'Agents', year: '1999', organisation: 'Nobody' };
    expect(withKnownFilters(state, known)).toEqual({ ...EMPTY_SEARCH, query: 'x', topic: 'Agents' });
  });
});

describe('pagefindRequest', () => {
  test('searches the query, ranked by relevance', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'attention sinks' })).toEqual({
      term: 'attention sinks',
      options: { filters: {} },
    });
  });

  test('sorts by the sort keys the paper pages carry, highest first', () => {
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'llm', sort: 'comments' })?.options.sort).toEqual({
      comments: 'desc',
    });
    expect(pagefindRequest({ ...EMPTY_SEARCH, query: 'llm', sort: 'newest' })?.options.sort).toEqual({
      published: 'desc',
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

describe('withKnownSort', () => {
  test('keeps a sort the page offers, and falls back to relevance for one it does not', () => {
    const state = { ...EMPTY_SEARCH, query: 'llm', sort: 'upvotes' as const };
    expect(withKnownSort(state, ['relevance', 'newest', 'comments', 'upvotes'])).toEqual(state);
    expect(withKnownSort(state, ['relevance', 'newest', 'comments'])).toEqual({ ...state, sort: 'relevance' });
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
