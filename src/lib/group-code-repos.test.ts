import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { codeRows, groupByOwner } from './group-code-repos.ts';

describe('groupByOwner', () => {
  const papers = [
    paper('zebra', { repos: ['https://github.com/ziplab/LITv2', 'https://github.com/ZipLab/Other'] }),
    paper('clear', { repos: ['https://github.com/Huage001/CLEAR'] }),
    paper('lit-again', { repos: ['https://github.com/ziplab/LITv2'] }),
    paper('no-code'),
  ];
  const owners = groupByOwner(papers);

  test('groups repositories by host and owner, owner names compared without case', () => {
    expect(owners.map((owner) => `${owner.host}/${owner.key} (${owner.owner})`)).toEqual([
      'github.com/huage001 (Huage001)',
      'github.com/ziplab (ziplab)',
    ]);
  });

  test('lists each repository by name with every paper naming it', () => {
    const ziplab = owners[1];
    expect(ziplab?.repos.map((group) => [group.repo.name, group.papers.map((entry) => entry.slug)])).toEqual([
      ['LITv2', ['zebra', 'lit-again']],
      ['Other', ['zebra']],
    ]);
  });

  test('lists an owner’s papers once each', () => {
    expect(owners[1]?.papers.map((entry) => entry.slug)).toEqual(['zebra', 'lit-again']);
  });
});

describe('codeRows', () => {
  test('gives one row per paper and repository, by owner, repository and paper', () => {
    const owners = groupByOwner([
      paper('zebra', { repos: ['https://github.com/ziplab/LITv2', 'https://github.com/ZipLab/Other'] }),
      paper('clear', { repos: ['https://github.com/Huage001/CLEAR'] }),
      paper('lit-again', { repos: ['https://github.com/ziplab/LITv2'] }),
    ]);
    expect(codeRows(owners).map((row) => `${row.owner.key} ${row.repo.repo.name} ${row.paper.slug}`)).toEqual([
      'huage001 CLEAR clear',
      'ziplab LITv2 zebra',
      'ziplab LITv2 lit-again',
      'ziplab Other zebra',
    ]);
  });
});
