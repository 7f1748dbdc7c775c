/** Which of a paper's repositories its GitHub stars are the stars of. */
import type { RepoRef } from './code-repo-url.ts';

/**
 * The repository a paper's `github_stars` count belongs to: its only GitHub repository. A paper with several
 * has no answer, as its file keeps the count but not which repository the listing counted.
 */
export function starredRepo(repos: readonly RepoRef[]): RepoRef | undefined {
  const onGitHub = repos.filter((repo) => repo.host === 'github.com');
  return onGitHub.length === 1 ? onGitHub[0] : undefined;
}
