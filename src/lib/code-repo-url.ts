/** What a canonical repository URL names: its host, its owner and its name, and the owner's page key. */

/** A code repository, as named by its canonical URL `https://host/owner/name`. */
export interface RepoRef {
  url: string;
  host: string;
  /** The owner as written in the URL (decoded). */
  owner: string;
  /** The owner's key in `/repos/<host>/<key>/`: lowercase, as code hosts treat owner names. */
  ownerKey: string;
  /** The rest of the path after the owner (`name`, or `group/name` on GitLab). */
  name: string;
}

/** Splits a canonical repository URL; undefined for anything that is not `https://host/owner/name...`. */
export function parseRepoUrl(url: string): RepoRef | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean).map(decode);
  const [owner, ...rest] = segments;
  if (owner === undefined || rest.length === 0) return undefined;
  return { url, host: parsed.hostname, owner, ownerKey: ownerKey(owner), name: rest.join('/') };
}

/** An owner's key: lowercase, and only characters that are safe in a file name and a URL path segment. */
export function ownerKey(owner: string): string {
  // A leading dot would make `.` or `..` a path segment, or a hidden file.
  return owner
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^\./, '-');
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
