import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { facetChoices, facetCounts, searchFacets, sortOrders } from './search-facets.ts';

const TOPICS: Readonly<Record<string, string>> = { reasoning: 'Reasoning', agents: 'Agents and tool use' };
const ORGS: Readonly<Record<string, string>> = { apple: 'Apple', 'alibaba-inc': 'Alibaba' };
const labels = { topic: (id: string) => TOPICS[id], organisation: (id: string) => ORGS[id] };

describe('searchFacets', () => {
  test('gives every filter its choices by id, named and in reading order, counted from the papers', () => {
    const papers = [
      paper('a', { published: '2024-06-22', topics: ['reasoning'], repos: ['https://github.com/gatech-eic/ACT'] }),
      paper('b', {
        published: '2025-01-02',
        topics: ['reasoning', 'agents'],
        organization: { id: 'apple', name: 'Apple Inc.' },
        appearances: [{ digest: '2025-01-03', comments: 0 }],
      }),
      paper('c', { topics: ['agents'] }),
    ];
    expect(searchFacets(facetCounts(papers), labels)).toEqual({
      topic: [
        { value: 'agents', label: 'Agents and tool use', count: 2 },
        { value: 'reasoning', label: 'Reasoning', count: 2 },
      ],
      year: [
        { value: '2025', label: '2025', count: 1 },
        { value: '2024', label: '2024', count: 1 },
      ],
      listed: [
        { value: '2026', label: '2026', count: 2 },
        { value: '2025', label: '2025', count: 1 },
      ],
      organisation: [{ value: 'apple', label: 'Apple', count: 1 }],
      code: [
        { value: 'yes', label: 'With code', count: 1 },
        { value: 'no', label: 'Without code', count: 2 },
      ],
    });
  });
});

describe('facetCounts', () => {
  test('counts a topic a paper names twice once, as its page tags it once', () => {
    const counts = facetCounts([paper('a', { topics: ['reasoning', 'reasoning'] })]);
    expect(counts.topic).toEqual({ reasoning: 1 });
  });

  test('leaves a paper without a date or an organisation out of those filters', () => {
    const counts = facetCounts([paper('latent-lens')]);
    expect(counts).toEqual({ topic: {}, year: {}, listed: { '2026': 1 }, organisation: {}, code: { no: 1 } });
  });
});

describe('facetChoices', () => {
  test('lists organisations by name, whatever their ids', () => {
    expect(
      facetChoices('organisation', { 'alibaba-inc': 1, apple: 2, zeta: 1 }, (id) => ORGS[id]).map(
        (choice) => choice.label,
      ),
    ).toEqual(['Alibaba', 'Apple', 'zeta']);
  });

  test('lists topics alphabetically, whatever their case', () => {
    expect(
      facetChoices('topic', { Reasoning: 9, agents: 2, 'Computer vision': 12 }).map((choice) => choice.value),
    ).toEqual(['agents', 'Computer vision', 'Reasoning']);
  });

  test('lists years newest first', () => {
    expect(facetChoices('year', { '2023': 14, '2025': 37, '2017': 1 }).map((choice) => choice.value)).toEqual([
      '2025',
      '2023',
      '2017',
    ]);
  });

  test('names the code choices, with code first', () => {
    expect(facetChoices('code', { no: 71, yes: 21 })).toEqual([
      { value: 'yes', label: 'With code', count: 21 },
      { value: 'no', label: 'Without code', count: 71 },
    ]);
  });

  test('leaves out values no paper has, and copes with a filter that has none', () => {
    expect(facetChoices('organisation', { Apple: 1, Gone: 0 })).toEqual([{ value: 'Apple', label: 'Apple', count: 1 }]);
    expect(facetChoices('organisation')).toEqual([]);
  });
});

describe('sortOrders', () => {
  test('offers sorting by upvotes once a paper has upvotes', () => {
    const titans = paper('titans-learning-to-memorize-at-test-time', {
      appearances: [{ digest: '2026-02-16', comments: 3, upvotes: 41 }],
      comments: 3,
      upvotes: 41,
    });
    expect(sortOrders([paper('fit'), titans])).toEqual(['relevance', 'published', 'listed', 'comments', 'upvotes']);
  });

  test('leaves it out while no paper has upvotes', () => {
    expect(sortOrders([paper('fit'), paper('zebra-llama')])).toEqual(['relevance', 'published', 'listed', 'comments']);
  });
});
