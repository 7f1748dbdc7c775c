import { describe, expect, test } from 'vitest';
import {
  dashPieces,
  INDEX_BREAK,
  indexPieces,
  indexPiecesAmong,
  joinedWords,
  withoutIndexBreaks,
} from './dash-breaks.ts';

describe('dashPieces', () => {
  test('breaks a word after each dash that joins two words, whatever the dash', () => {
    expect(dashPieces('KV-cache')).toEqual(['KV-', 'cache']);
    expect(dashPieces('KV–cache')).toEqual(['KV–', 'cache']);
    expect(dashPieces('state-of-the-art')).toEqual(['state-', 'of-', 'the-', 'art']);
    expect(dashPieces('(KV-cache),')).toEqual(['(KV-', 'cache),']);
    expect(dashPieces('Llama-3.1-8B')).toEqual(['Llama-', '3.1-', '8B']);
  });

  test('keeps a single letter or digit with the word it is joined to', () => {
    expect(dashPieces('GPT-4')).toEqual(['GPT-4']);
    expect(dashPieces('3-D')).toEqual(['3-D']);
    expect(dashPieces('x-ray')).toEqual(['x-ray']);
    expect(dashPieces('GPT-4-based')).toEqual(['GPT-4-', 'based']);
    expect(dashPieces('x-ray-based')).toEqual(['x-ray-', 'based']);
    expect(dashPieces('1-2-3')).toEqual(['1-2-3']);
  });

  test('leaves a dash at either end, or standing alone, as it is', () => {
    expect(dashPieces('pre-')).toEqual(['pre-']);
    expect(dashPieces('-cache')).toEqual(['-cache']);
    expect(dashPieces('—')).toEqual(['—']);
    expect(dashPieces('KV--cache')).toEqual(['KV--', 'cache']);
    expect(dashPieces('cache')).toEqual(['cache']);
    expect(dashPieces('')).toEqual(['']);
  });
});

describe('indexPieces', () => {
  test('cuts a text where the index reads a break, and joined again the pieces are the text', () => {
    const text = 'We compress the KV-cache of state-of-the-art\nGPT-4 models, pre- and post-training.';
    const pieces = indexPieces(text);
    expect(pieces).toEqual([
      'We compress the KV-',
      'cache of state-',
      'of-',
      'the-',
      'art\nGPT-4 models, pre- and post-',
      'training.',
    ]);
    expect(pieces.join('')).toBe(text);
    expect(indexPieces('')).toEqual(['']);
  });
});

describe('indexPiecesAmong', () => {
  test('cuts one text of a block as its whole text is cut, a break after a dash at its end included', () => {
    expect(indexPiecesAmong('We compress the KV', '-cache of', ' models')).toEqual(['-', 'cache of']);
    expect(indexPiecesAmong('', 'state', '-of-the-art')).toEqual(['state']);
    expect(indexPiecesAmong('state', '-of-the-', 'art')).toEqual(['-', 'of-', 'the-', '']);
    expect(indexPiecesAmong('GPT', '-4 and x', '-ray')).toEqual(['-4 and x']);
    expect(indexPiecesAmong('a ', 'KV-cache', '')).toEqual(['KV-', 'cache']);
  });
});

describe('joinedWords', () => {
  test('writes each word a break cuts together, as the index compares words, once', () => {
    expect(
      joinedWords(['KV-Cache Compression', 'We compress the (KV-cache), a state-of-the-art GPT-4-based method.']),
    ).toEqual(['kvcache', 'stateoftheart', 'gpt4based']);
    expect(joinedWords(['GPT-4 and x-ray', ''])).toEqual([]);
  });

  test('joins only what the dashes join, not the marks around it: markup shown as text, brackets, a version', () => {
    expect(joinedWords(['Fast <b>KV-cache</b> eviction', 'a [state-of-the-art](https://example.org) method'])).toEqual([
      'kvcache',
      'stateoftheart',
    ]);
    expect(joinedWords(['with Qwen-2.5-72B-Instruct (Gemini-3.1-Pro-Preview) and GPT-3.5-turbo.'])).toEqual([
      'qwen2572binstruct',
      'gemini31propreview',
      'gpt35turbo',
    ]);
  });

  test('leaves out web addresses, which the reader never types as one word', () => {
    expect(
      joinedWords([
        'Code is available at <https://github.com/junjie-shentu/AttenCraft>.',
        '- https://github.com/intcomp/attention-bias',
        'see www.example-site.org and pre-training',
      ]),
    ).toEqual(['pretraining']);
  });
});

describe('withoutIndexBreaks', () => {
  test('takes the breaks out of an excerpt, marked words or not, and leaves the paper’s own spaces', () => {
    expect(withoutIndexBreaks(`the <mark>KV-${INDEX_BREAK.trim()}</mark> <mark>cache</mark> of`)).toBe(
      'the <mark>KV-</mark><mark>cache</mark> of',
    );
    expect(withoutIndexBreaks(`the KV–${INDEX_BREAK}<mark>cache</mark> of`)).toBe('the KV–<mark>cache</mark> of');
    expect(withoutIndexBreaks(`a state-${INDEX_BREAK}of-${INDEX_BREAK}the-${INDEX_BREAK}art result`)).toBe(
      'a state-of-the-art result',
    );
    expect(withoutIndexBreaks('pre- and post-training, ~ 5% more')).toBe('pre- and post-training, ~ 5% more');
  });

  test('takes out a break that ends an excerpt, where Pagefind trimmed its space, marked or not', () => {
    expect(withoutIndexBreaks('methods that compress the KV-~')).toBe('methods that compress the KV-');
    expect(withoutIndexBreaks('methods that compress the <mark>KV-~</mark>')).toBe(
      'methods that compress the <mark>KV-</mark>',
    );
    expect(withoutIndexBreaks('a cost of ~')).toBe('a cost of ~');
  });
});
