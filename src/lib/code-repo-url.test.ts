import { describe, expect, test } from 'vitest';
import { ownerKey, parseRepoUrl } from './code-repo-url.ts';

describe('parseRepoUrl', () => {
  test('splits a canonical repository URL into host, owner and name', () => {
    expect(parseRepoUrl('https://github.com/ruizheliUOA/Anchored_Bias_GPT2')).toEqual({
      url: 'https://github.com/ruizheliUOA/Anchored_Bias_GPT2',
      host: 'github.com',
      owner: 'ruizheliUOA',
      ownerKey: 'ruizheliuoa',
      name: 'Anchored_Bias_GPT2',
    });
  });

  test('keeps GitLab subgroups in the name', () => {
    expect(parseRepoUrl('https://gitlab.com/group/sub/project')).toMatchObject({
      owner: 'group',
      name: 'sub/project',
    });
  });

  test('decodes encoded path segments', () => {
    expect(parseRepoUrl('https://gitlab.com/some%20group/x')?.owner).toBe('some group');
  });

  test('is undefined for anything that is not https://host/owner/name', () => {
    expect(parseRepoUrl('https://github.com/ziplab')).toBeUndefined();
    expect(parseRepoUrl('http://github.com/a/b')).toBeUndefined();
    expect(parseRepoUrl('not a url')).toBeUndefined();
  });
});

describe('ownerKey', () => {
  test('lowercases, as code hosts treat owner names', () => {
    expect(ownerKey('GATECH-EIC')).toBe('gatech-eic');
  });

  test('keeps only characters safe in a path segment, and never starts with a dot', () => {
    expect(ownerKey('some group/ä')).toBe('some-group-');
    expect(ownerKey('..')).toBe('-.');
    expect(ownerKey('.hidden')).toBe('-hidden');
  });
});
