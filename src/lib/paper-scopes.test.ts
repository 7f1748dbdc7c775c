import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { groupByOwner } from './group-code-repos.ts';
import { groupListings, monthOf, weekOf } from './listing-periods.ts';
import { NO_SCOPES, paperScopes } from './paper-scopes.ts';
import { SCOPE_KEYS } from './search-scope.ts';

const sinks = paper('sinks', {
  published: '2024-06-22',
  appearances: [
    { digest: '2026-02-16', comments: 1 },
    { digest: '2026-02-18', comments: 2 },
    // A day no digest in the archive lists: no page lists the paper there.
    { digest: '2026-01-05', comments: 0 },
  ],
  repos: ['https://github.com/OpenAI/sinks', 'https://gitlab.com/group/sub/sinks', 'https://github.com/openai/more'],
});
const undated = paper('undated');

/** Two digests of one week, latest first, as the archive holds them; the first lists a paper twice. */
const DAYS = [
  {
    date: '2026-02-18',
    entries: [sinks, sinks].map((listed) => ({ paper: listed, appearance: { digest: '2026-02-18', comments: 2 } })),
  },
  {
    date: '2026-02-16',
    entries: [sinks, undated].map((listed) => ({ paper: listed, appearance: { digest: '2026-02-16', comments: 1 } })),
  },
];

describe('paperScopes', () => {
  const scopes = paperScopes([sinks, undated], {
    days: DAYS,
    weeks: groupListings(DAYS, weekOf),
    months: groupListings(DAYS, monthOf),
    published: [{ year: '2024', month: '06', papers: [sinks] }],
    owners: groupByOwner([sinks, undated]),
  });

  test('gives a paper each listing’s id once, in the order of the groups, and only listings that list it', () => {
    expect(scopes.get('sinks')).toEqual({
      'listed-day': ['2026-02-18', '2026-02-16'],
      'listed-week': ['2026-W08'],
      'listed-month': ['2026-02'],
      month: ['2024-06'],
      // Owners come by name, as `/repos/` lists them; the two spellings of OpenAI are one owner.
      owner: ['gitlab.com/group', 'github.com/openai'],
    });
  });

  test('gives a paper in no group of a kind no value for it', () => {
    expect(scopes.get('undated')).toEqual({
      'listed-day': ['2026-02-16'],
      'listed-week': ['2026-W08'],
      'listed-month': ['2026-02'],
      month: [],
      owner: [],
    });
  });
});

describe('NO_SCOPES', () => {
  test('gives every scope filter no value', () => {
    expect(Object.keys(NO_SCOPES)).toEqual([...SCOPE_KEYS]);
    for (const key of SCOPE_KEYS) expect(NO_SCOPES[key]).toEqual([]);
  });
});
