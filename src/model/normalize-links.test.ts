import { describe, expect, test } from 'vitest';
import { cleanUrl, findLinks } from './normalize-links.ts';

describe('findLinks', () => {
  test('finds a repository at the end of a sentence and gives the full stop back to the text', () => {
    expect(findLinks('Our code is available at https://github.com/GATECH-EIC/ACT.')).toEqual([
      { type: 'text', value: 'Our code is available at ' },
      { type: 'url', url: 'https://github.com/GATECH-EIC/ACT', repo: 'https://github.com/GATECH-EIC/ACT' },
      { type: 'text', value: '.' },
    ]);
  });

  test('drops the LaTeX residue that repeats a URL in braces, so it reads once', () => {
    expect(findLinks('Code is at https://github.com/ICML26-anon/XFactors{github.com/ICML26-anon/XFactors}.')).toEqual([
      { type: 'text', value: 'Code is at ' },
      { type: 'url', url: 'https://github.com/ICML26-anon/XFactors', repo: 'https://github.com/ICML26-anon/XFactors' },
      { type: 'text', value: '.' },
    ]);
    expect(
      findLinks(
        'at https://anonymous.4open.science/r/unified-cache-management-CF80/{/r/unified-cache-management-CF80/}',
      ),
    ).toEqual([
      { type: 'text', value: 'at ' },
      { type: 'url', url: 'https://anonymous.4open.science/r/unified-cache-management-CF80', repo: undefined },
    ]);
  });

  test('finds a www. address inside parentheses', () => {
    expect(findLinks('(see www.thought-anchors.com)')).toEqual([
      { type: 'text', value: '(see ' },
      { type: 'url', url: 'https://www.thought-anchors.com', repo: undefined },
      { type: 'text', value: ')' },
    ]);
  });

  test('keeps balanced parentheses that belong to the URL', () => {
    expect(findLinks('(https://en.wikipedia.org/wiki/Attention_(machine_learning)).')).toEqual([
      { type: 'text', value: '(' },
      { type: 'url', url: 'https://en.wikipedia.org/wiki/Attention_(machine_learning)', repo: undefined },
      { type: 'text', value: ').' },
    ]);
  });

  test('finds a bare code-host path', () => {
    expect(findLinks('see github.com/HazyResearch/zoology')).toEqual([
      { type: 'text', value: 'see ' },
      { type: 'url', url: 'https://github.com/HazyResearch/zoology', repo: 'https://github.com/HazyResearch/zoology' },
    ]);
  });

  test('leaves text without URLs as one text segment', () => {
    expect(findLinks('No code, e.g. for now.')).toEqual([{ type: 'text', value: 'No code, e.g. for now.' }]);
    expect(findLinks('')).toEqual([]);
  });

  test('leaves a scheme with no host as text', () => {
    expect(findLinks('see https:// later')).toEqual([{ type: 'text', value: 'see https:// later' }]);
  });
});

describe('cleanUrl', () => {
  test('canonicalises code repositories to https://host/owner/name', () => {
    expect(cleanUrl('https://www.github.com/adipiz99/lava-framework')).toEqual({
      url: 'https://github.com/adipiz99/lava-framework',
      repo: 'https://github.com/adipiz99/lava-framework',
    });
    expect(cleanUrl('http://GitHub.com/CompVis/latent-diffusion/tree/main/ldm')?.repo).toBe(
      'https://github.com/CompVis/latent-diffusion',
    );
    expect(cleanUrl('gitlab.com/group/sub/project/-/blob/main/README.md')?.repo).toBe(
      'https://gitlab.com/group/sub/project',
    );
    expect(cleanUrl('https://codeberg.org/owner/name/')?.repo).toBe('https://codeberg.org/owner/name');
    expect(cleanUrl('https://bitbucket.org/owner/name.git')?.repo).toBe('https://bitbucket.org/owner/name');
  });

  test('removes .git and a trailing slash as suffixes, not as letters', () => {
    expect(cleanUrl('https://github.com/a/awesome-kit.git/')?.repo).toBe('https://github.com/a/awesome-kit');
    expect(cleanUrl('https://github.com/a/awesome-kit')?.repo).toBe('https://github.com/a/awesome-kit');
    expect(cleanUrl('https://github.com/a/gitgit.git')?.repo).toBe('https://github.com/a/gitgit');
  });

  test('keeps project pages, profiles and model pages as links', () => {
    expect(cleanUrl('https://fudan-generative-vision.github.io/champ')).toEqual({
      url: 'https://fudan-generative-vision.github.io/champ',
      repo: undefined,
    });
    expect(cleanUrl('https://github.com/HazyResearch')).toEqual({
      url: 'https://github.com/HazyResearch',
      repo: undefined,
    });
    expect(cleanUrl('https://github.com/orgs/vercel/repositories')?.repo).toBeUndefined();
    expect(cleanUrl('https://hf-767.pages.dev/nvidia/NV-Embed-v1')).toEqual({
      url: 'https://hf-767.pages.dev/nvidia/NV-Embed-v1',
      repo: undefined,
    });
  });

  test('refuses what is not a web address', () => {
    expect(cleanUrl('https://localhost/x')).toBeUndefined();
    expect(cleanUrl('https://user:secret@example.org/')).toBeUndefined();
  });
});
