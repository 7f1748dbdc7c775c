import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { groupByTopic } from './group-topics.ts';

const topics = [
  { id: 'reasoning', data: { title: 'Reasoning', description: 'Chains of thought.', keywords: ['reasoning'] } },
  { id: 'agents', data: { title: 'Agents and tool use', description: 'Planning.', keywords: ['agent'] } },
];

describe('groupByTopic', () => {
  test('lists every topic by title with its papers in the given order, empty topics included', () => {
    const papers = [paper('one', { topics: ['reasoning'] }), paper('two', { topics: ['reasoning'] })];
    const groups = groupByTopic(papers, topics);
    expect(groups.map((group) => [group.id, group.title, group.papers.map((entry) => entry.slug)])).toEqual([
      ['agents', 'Agents and tool use', []],
      ['reasoning', 'Reasoning', ['one', 'two']],
    ]);
    expect(groups[1]?.description).toBe('Chains of thought.');
  });

  test('puts a paper under each of its topics', () => {
    const groups = groupByTopic([paper('both', { topics: ['agents', 'reasoning'] })], topics);
    expect(groups.map((group) => group.papers.length)).toEqual([1, 1]);
  });

  test('fails on a topic without a file, naming the paper’s file and the field', () => {
    expect(() => groupByTopic([paper('lost', { topics: ['robotics'] })], topics)).toThrow(
      'content/papers/lost.md: topics: "robotics" is not a topic; expected one of agents, reasoning (a file in content/topics/)',
    );
  });
});
