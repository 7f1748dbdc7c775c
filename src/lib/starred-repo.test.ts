import { describe, expect, test } from 'vitest';
import { parseRepoUrl, type RepoRef } from './code-repo-url.ts';
import { starredRepo } from './starred-repo.ts';

function repos(...urls: string[]): RepoRef[] {
  return urls.flatMap((url) => parseRepoUrl(url) ?? []);
}

describe('starredRepo', () => {
  test('gives the stars to a paper’s only GitHub repository, whatever else it names', () => {
    // content/papers/high-resolution-image-synthesis-with-latent-diffusion-models.md
    expect(starredRepo(repos('https://github.com/CompVis/latent-diffusion'))?.url).toBe(
      'https://github.com/CompVis/latent-diffusion',
    );
    expect(
      starredRepo(repos('https://gitlab.com/group/tool', 'https://github.com/CompVis/latent-diffusion'))?.url,
    ).toBe('https://github.com/CompVis/latent-diffusion');
  });

  test('gives them to none when there is no GitHub repository, or more than one', () => {
    expect(starredRepo([])).toBeUndefined();
    expect(starredRepo(repos('https://gitlab.com/group/tool'))).toBeUndefined();
    expect(
      starredRepo(repos('https://github.com/CompVis/latent-diffusion', 'https://github.com/CompVis/stable-diffusion')),
    ).toBeUndefined();
  });
});
