/** Links into the repository that holds the site's source and content, on a GitHub-style host. */

export interface Repository {
  /** `https://host/owner/name`, no trailing slash. */
  url: string;
  branch: string;
}

/** The repository from configuration: the URL without trailing slashes. */
export function repository(url: string, branch: string): Repository {
  return { url: url.replace(/\/+$/, ''), branch };
}

/** A link that opens a file of the repository in the host's editor. */
export function editUrl(repo: Repository, file: string): string {
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${encodePath(file)}`;
}

/** A link to a file of the repository as the host shows it. */
export function sourceUrl(repo: Repository, file: string): string {
  return `${repo.url}/blob/${encodeURIComponent(repo.branch)}/${encodePath(file)}`;
}

function encodePath(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
