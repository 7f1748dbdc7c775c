import { describe, expect, test } from 'vitest';
import { jsonForScript, scholarlyArticle } from './json-ld.ts';

describe('scholarlyArticle', () => {
  test('describes a paper as a schema.org ScholarlyArticle', () => {
    expect(
      scholarlyArticle({
        title: 'Attention Sink in Transformers',
        arxiv: undefined,
        url: 'https://example.org/papers/attention-sink/',
        abstract: 'A survey.',
        published: '2026-04-10',
        organization: { name: 'LongCat', url: 'https://example.org/orgs/meituan-longcat/' },
        keywords: ['Model architectures', 'Attention mechanisms'],
        codeRepositories: ['https://github.com/ZunhaiSu/Awesome-Attention-Sink'],
        comments: 3,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'Attention Sink in Transformers',
      name: 'Attention Sink in Transformers',
      url: 'https://example.org/papers/attention-sink/',
      mainEntityOfPage: 'https://example.org/papers/attention-sink/',
      abstract: 'A survey.',
      datePublished: '2026-04-10',
      sourceOrganization: {
        '@type': 'Organization',
        name: 'LongCat',
        url: 'https://example.org/orgs/meituan-longcat/',
      },
      keywords: 'Model architectures, Attention mechanisms',
      isBasedOn: [
        { '@type': 'SoftwareSourceCode', codeRepository: 'https://github.com/ZunhaiSu/Awesome-Attention-Sink' },
      ],
      commentCount: 3,
    });
  });

  test('leaves out what the paper does not have', () => {
    expect(
      scholarlyArticle({
        title: 'LatentLens',
        arxiv: undefined,
        url: 'https://example.org/papers/latent-lens/',
        abstract: '',
        published: undefined,
        organization: undefined,
        keywords: [],
        codeRepositories: [],
        comments: 0,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'LatentLens',
      name: 'LatentLens',
      url: 'https://example.org/papers/latent-lens/',
      mainEntityOfPage: 'https://example.org/papers/latent-lens/',
      commentCount: 0,
    });
  });

  test('names a paper’s arXiv id as its identifier, and its arXiv abstract page as the same work', () => {
    expect(
      scholarlyArticle({
        title: 'Titans: Learning to Memorize at Test Time',
        arxiv: '2501.00663',
        url: 'https://example.org/papers/titans-learning-to-memorize-at-test-time/',
        abstract: '',
        published: '2024-12-31',
        organization: undefined,
        keywords: [],
        codeRepositories: [],
        comments: 3,
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: 'Titans: Learning to Memorize at Test Time',
      name: 'Titans: Learning to Memorize at Test Time',
      url: 'https://example.org/papers/titans-learning-to-memorize-at-test-time/',
      mainEntityOfPage: 'https://example.org/papers/titans-learning-to-memorize-at-test-time/',
      identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: '2501.00663' },
      sameAs: 'https://arxiv.org/abs/2501.00663',
      datePublished: '2024-12-31',
      commentCount: 3,
    });
  });
});

describe('scholarlyArticle with author names', () => {
  test('names each author as a Person, in the paper’s order, with their page', () => {
    const article = scholarlyArticle({
      title: 'Titans: Learning to Memorize at Test Time',
      arxiv: '2501.00663',
      url: 'https://example.org/papers/titans-learning-to-memorize-at-test-time/',
      abstract: '',
      published: '2024-12-31',
      authors: [
        { name: 'Ali Behrouz', url: 'https://example.org/authors/ali-behrouz/' },
        { name: 'Peilin Zhong', url: 'https://example.org/authors/peilin-zhong/' },
        { name: 'Vahab Mirrokni', url: 'https://example.org/authors/vahab-mirrokni/' },
      ],
      organization: { name: 'Google', url: 'https://example.org/orgs/google/' },
      keywords: [],
      codeRepositories: [],
      comments: 3,
    });
    expect(article.author).toEqual([
      { '@type': 'Person', name: 'Ali Behrouz', url: 'https://example.org/authors/ali-behrouz/' },
      { '@type': 'Person', name: 'Peilin Zhong', url: 'https://example.org/authors/peilin-zhong/' },
      { '@type': 'Person', name: 'Vahab Mirrokni', url: 'https://example.org/authors/vahab-mirrokni/' },
    ]);
    expect(article.sourceOrganization).toEqual({
      '@type': 'Organization',
      name: 'Google',
      url: 'https://example.org/orgs/google/',
    });
  });
});

describe('jsonForScript', () => {
  test('escapes what could end or change a script element, keeping the same JSON value', () => {
    const hostile = { title: '</script><script>alert(1)</script><!-- & \u2028\u2029' };
    const json = jsonForScript(hostile);
    expect(json).toBe(
      '{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}',
    );
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });
});
