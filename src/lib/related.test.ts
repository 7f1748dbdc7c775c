import { describe, expect, test } from 'vitest';
import { relatedDocuments, terms } from './related.ts';

const documents = [
  {
    id: 'retrieval-head',
    title: 'Retrieval Head Mechanistically Explains Long-Context Factuality',
    text: 'We find that retrieval heads, a special type of attention heads, are responsible for retrieving information from long context.',
  },
  {
    id: 'landmark-attention',
    title: 'Landmark Attention: Random-Access Infinite Context Length for Transformers',
    text: 'Landmark tokens let attention retrieve relevant blocks from a long context of any length.',
  },
  {
    id: 'diffusion-editing',
    title: 'An Item is Worth a Prompt: Versatile Image Editing with Disentangled Control',
    text: 'Image editing with text-to-image diffusion models, with disentangled control over each item.',
  },
  {
    id: 'attend-and-excite',
    title: 'Disentangled Control for Text-to-Image Diffusion Editing',
    text: 'Diffusion models for image editing often mix concepts; disentangled control keeps them apart.',
  },
  {
    id: 'speech',
    title: 'Wav2Vec Phonemes',
    text: 'Speech recognition from raw waveforms.',
  },
];

describe('relatedDocuments', () => {
  test('relates documents that share distinctive words, most similar first', () => {
    const related = relatedDocuments(documents, { count: 2 });
    expect(related.get('retrieval-head')).toEqual(['landmark-attention']);
    expect(related.get('landmark-attention')).toEqual(['retrieval-head']);
    expect(related.get('diffusion-editing')).toEqual(['attend-and-excite']);
    expect(related.get('attend-and-excite')).toEqual(['diffusion-editing']);
  });

  test('never relates a document to itself or to one sharing no word with it', () => {
    expect(relatedDocuments(documents).get('speech')).toEqual([]);
  });

  test('gives every document an entry, in a map keyed by id', () => {
    expect([...relatedDocuments(documents).keys()]).toEqual(documents.map((document) => document.id));
  });

  test('returns at most `count` documents, best first, equal scores in input order', () => {
    const twins = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: 'Sparse mixture of experts', text: 'routing' }));
    const related = relatedDocuments([...twins, { id: 'e', title: 'Other', text: 'unrelated' }], { count: 2 });
    expect(related.get('a')).toEqual(['b', 'c']);
    expect(related.get('c')).toEqual(['a', 'b']);
  });

  test('weighs a shared title word above a shared abstract word', () => {
    const related = relatedDocuments(
      [
        { id: 'query', title: 'Sparse attention kernels', text: 'We study caching.' },
        { id: 'title-match', title: 'Kernels for GPUs', text: 'Nothing else.' },
        { id: 'abstract-match', title: 'Something', text: 'Uses kernels.' },
        { id: 'filler', title: 'Filler', text: 'More filler words here.' },
      ],
      { count: 2 },
    );
    expect(related.get('query')).toEqual(['title-match', 'abstract-match']);
  });

  test('finds related documents through a bounded index at scale', () => {
    // 20,000 documents in 1,000 families of 20: each document's relatives are its family.
    const many = Array.from({ length: 20_000 }, (_, index) => {
      const family = index % 1000;
      return {
        id: String(index),
        title: `family${family} shared words`,
        text: `common text w${index}`,
      };
    });
    const related = relatedDocuments(many, { count: 5 });
    expect(related.get('0')).toEqual(['1000', '2000', '3000', '4000', '5000']);
    expect(related.get('19999')).toEqual(['999', '1999', '2999', '3999', '4999']);
  });
});

describe('terms', () => {
  test('lowercases words, drops stop words, numbers and URLs, and folds plurals', () => {
    expect(terms('The Models use 3 Attention Heads; see https://github.com/a/b and Studies of RL policies')).toEqual([
      'attention',
      'head',
      'see',
      'rl',
      'policy',
    ]);
  });

  test('keeps words ending in ss, us and is whole', () => {
    expect(terms('loss corpus analysis')).toEqual(['loss', 'corpus', 'analysis']);
  });
});
