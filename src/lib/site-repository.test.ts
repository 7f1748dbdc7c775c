import { describe, expect, test } from 'vitest';
import { editUrl, repository, sourceUrl } from './site-repository.ts';

const repo = repository('https://github.com/example/paper-archive/', 'main');

describe('repository', () => {
  test('drops trailing slashes from the URL', () => {
    expect(repo).toEqual({ url: 'https://github.com/example/paper-archive', branch: 'main' });
  });
});

describe('editUrl', () => {
  test('opens the file in the host’s editor on the branch', () => {
    expect(editUrl(repo, 'content/papers/fit-far-reaching-interleaved-transformers.md')).toBe(
      'https://github.com/example/paper-archive/edit/main/content/papers/fit-far-reaching-interleaved-transformers.md',
    );
  });

  test('encodes each path segment and the branch', () => {
    expect(editUrl(repository('https://git.example/a/b', 'release/1'), 'content\\papers\\a b.md')).toBe(
      'https://git.example/a/b/edit/release%2F1/content/papers/a%20b.md',
    );
  });
});

describe('sourceUrl', () => {
  test('shows the file as the host renders it', () => {
    expect(sourceUrl(repo, 'CONTRIBUTING.md')).toBe(
      'https://github.com/example/paper-archive/blob/main/CONTRIBUTING.md',
    );
  });
});
