/** Papers with code, grouped by repository owner, then by repository. */
import type { Paper } from './paper.ts';
import type { RepoRef } from './code-repo-url.ts';

export interface RepoGroup {
  repo: RepoRef;
  /** Every paper that names the repository. */
  papers: Paper[];
}

export interface OwnerGroup {
  host: string;
  /** The owner's name as first written. */
  owner: string;
  /** The owner's key in its URL. */
  key: string;
  /** The owner's repositories, by name. */
  repos: RepoGroup[];
  /** The owner's papers, each once. */
  papers: Paper[];
}

/**
 * Every repository owner with their repositories and the papers naming each, owners sorted by name
 * then host. Papers keep the order they are given in.
 */
export function groupByOwner(papers: readonly Paper[]): OwnerGroup[] {
  const owners = new Map<string, OwnerGroup>();
  const repoByUrl = new Map<string, RepoGroup>();
  for (const paper of papers) {
    for (const repo of paper.repos) {
      const id = `${repo.host}/${repo.ownerKey}`;
      let owner = owners.get(id);
      if (!owner) {
        owner = { host: repo.host, owner: repo.owner, key: repo.ownerKey, repos: [], papers: [] };
        owners.set(id, owner);
      }
      const url = repo.url.toLowerCase();
      let group = repoByUrl.get(url);
      if (!group) {
        repoByUrl.set(url, (group = { repo, papers: [] }));
        owner.repos.push(group);
      }
      if (group.papers.at(-1) !== paper) group.papers.push(paper);
      if (owner.papers.at(-1) !== paper) owner.papers.push(paper);
    }
  }
  const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });
  return [...owners.values()]
    .map((owner) => ({ ...owner, repos: owner.repos.sort((a, b) => byName(a.repo.name, b.repo.name)) }))
    .sort((a, b) => byName(a.key, b.key) || byName(a.host, b.host));
}

/** One paper naming one repository: a row of the code listings. */
export interface CodeRow {
  owner: OwnerGroup;
  repo: RepoGroup;
  paper: Paper;
}

/** Every paper-and-repository row of the owners, in owner, repository and paper order. */
export function codeRows(owners: readonly OwnerGroup[]): CodeRow[] {
  return owners.flatMap((owner) => owner.repos.flatMap((repo) => repo.papers.map((paper) => ({ owner, repo, paper }))));
}
