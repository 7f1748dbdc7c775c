import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { groupByOrganization } from './group-orgs.ts';

describe('groupByOrganization', () => {
  test('groups papers by organisation id, by name, named by the first paper given', () => {
    const groups = groupByOrganization([
      paper('new', { organization: { id: 'meituan-longcat', name: 'LongCat' } }),
      paper('counted', { authors: 4 }),
      paper('apple-one', { organization: { id: 'apple', name: 'Apple' } }),
      paper('old', { organization: { id: 'meituan-longcat', name: 'Meituan LongCat' } }),
    ]);
    expect(groups.map((group) => [group.id, group.name, group.papers.map((entry) => entry.slug)])).toEqual([
      ['apple', 'Apple', ['apple-one']],
      ['meituan-longcat', 'LongCat', ['new', 'old']],
    ]);
  });
});
