import { describe, expect, test } from 'vitest';
import {
  arxivIdIn,
  beginsWith,
  indexForm,
  isPhrase,
  normaliseQuery,
  queryWords,
  wholeWordQuery,
  wordsInNoPaper,
} from './search-query.ts';

describe('normaliseQuery', () => {
  test('searches a hyphenated word as its parts, so KV-cache and KV cache are one query', () => {
    expect(normaliseQuery('KV-cache')).toBe('KV cache');
    expect(normaliseQuery('KV cache')).toBe('KV cache');
    expect(normaliseQuery('state-of-the-art mixture–of–experts')).toBe('state of the art mixture of experts');
  });

  test('keeps a single letter or digit with the word it is joined to, which Pagefind does not index alone', () => {
    expect(normaliseQuery('GPT-4 x-ray 3-D')).toBe('GPT-4 x-ray 3-D');
    expect(normaliseQuery('GPT-4-based agents')).toBe('GPT-4 based agents');
  });

  test('turns every way of writing an arXiv id into the bare id', () => {
    for (const written of [
      '2510.12345',
      '2510.12345v2',
      'arXiv:2510.12345v2',
      'arxiv:2510.12345',
      'https://arxiv.org/abs/2510.12345v1',
      'arxiv.org/pdf/2510.12345',
      'https://huggingface.co/papers/2510.12345',
      '(2510.12345)',
    ]) {
      expect(normaliseQuery(written), written).toBe('2510.12345');
    }
    expect(normaliseQuery('arXiv 2501.00663 titans')).toBe('2501.00663 titans');
    expect(normaliseQuery('hep-th/9901001')).toBe('hep-th/9901001');
  });

  test('keeps the word arXiv when no id follows it', () => {
    expect(normaliseQuery('arXiv preprints')).toBe('arXiv preprints');
  });

  test('cuts the dashes of a phrase in quotes as the index has them, and leaves the rest as typed', () => {
    expect(normaliseQuery(' "KV-cache compression" ')).toBe('"KV cache compression"');
    expect(normaliseQuery('"a state-of-the-art GPT-4-based  arXiv:2501.00663"')).toBe(
      '"a state of the art GPT-4 based  arXiv:2501.00663"',
    );
    expect(normaliseQuery('"KV cache"')).toBe('"KV cache"');
  });
});

describe('isPhrase', () => {
  test('is true only when the whole query is in double quotes', () => {
    expect(isPhrase('"mobile robot"')).toBe(true);
    expect(isPhrase('"mobile" robot')).toBe(false);
    expect(isPhrase('""')).toBe(false);
  });
});

describe('arxivIdIn', () => {
  test('reads new and old style ids, and nothing from other words', () => {
    expect(arxivIdIn('2501.00663v3')).toBe('2501.00663');
    expect(arxivIdIn('hep-th/9901001v2')).toBe('hep-th/9901001');
    expect(arxivIdIn('2501')).toBeUndefined();
    expect(arxivIdIn('attention')).toBeUndefined();
    expect(arxivIdIn('2513.00001')).toBeUndefined();
  });
});

describe('queryWords', () => {
  test('lists each searched word once, leaving out those Pagefind drops', () => {
    expect(queryWords('KV cache kv — Cache')).toEqual(['KV', 'cache']);
    expect(queryWords('Behrouz')).toEqual(['Behrouz']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('wholeWordQuery', () => {
  test('quotes the word, which makes Pagefind match it whole', () => {
    expect(wholeWordQuery('Behrouz')).toBe('"Behrouz"');
    expect(wholeWordQuery('say"what')).toBe('"saywhat"');
  });
});

describe('indexForm', () => {
  test('compares words as the index does: lower case, no accents, no punctuation', () => {
    expect(indexForm('Café,')).toBe('cafe');
    expect(indexForm('KV-Cache')).toBe('kvcache');
  });
});

describe('beginsWith', () => {
  test('is true when a page word starts with the query word, and never for a shorter page word', () => {
    expect(beginsWith('Transformers,', 'transf')).toBe(true);
    expect(beginsWith('Be', 'Behrouz')).toBe(false);
    expect(beginsWith('being', 'Behrouz')).toBe(false);
    expect(beginsWith('anything', '')).toBe(false);
  });
});

describe('wordsInNoPaper', () => {
  test('keeps the words that begin none of the words the search matched', () => {
    expect(wordsInNoPaper(['Behrouz'], ['Be', 'being', 'KoBE:'])).toEqual(['Behrouz']);
    expect(wordsInNoPaper(['transf', 'Behrouz'], ['Transformers,', 'be'])).toEqual(['Behrouz']);
    expect(wordsInNoPaper([], ['anything'])).toEqual([]);
  });
});
