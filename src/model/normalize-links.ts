/** Hosts whose `owner/name` paths are code repositories. */
export const CODE_HOSTS: ReadonlySet<string> = new Set([
  'github.com',
  'gitlab.com',
  'codeberg.org',
  'bitbucket.org',
  'gitee.com',
  'sourcehut.org',
  'git.sr.ht',
]);

/** First path segments on code hosts that are site pages, not owners. */
const NOT_OWNERS = new Set([
  'about',
  'apps',
  'collections',
  'explore',
  'features',
  'login',
  'marketplace',
  'orgs',
  'search',
  'settings',
  'sponsors',
  'topics',
  'users',
]);

/** A piece of abstract text: plain text, or a cleaned URL. */
export type Segment = { type: 'text'; value: string } | { type: 'url'; url: string; repo: string | undefined };

// Scheme URLs, `www.` hosts and bare code-host paths. `{` is allowed so LaTeX residue is consumed with the URL.
const URL_PATTERN = /\b(?:https?:\/\/|www\.|(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/)[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?'"*\\]+$/;

/** Splits text into plain text and the URLs it names, each URL cleaned and, for code, canonicalised. */
export function findLinks(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const pushText = (value: string): void => {
    if (value === '') return;
    const previous = segments.at(-1);
    if (previous?.type === 'text') previous.value += value;
    else segments.push({ type: 'text', value });
  };
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const { url, rest } = splitUrl(match[0]);
    const cleaned = url === undefined ? undefined : cleanUrl(url);
    pushText(text.slice(last, start));
    if (cleaned === undefined) {
      pushText(match[0]);
    } else {
      segments.push({ type: 'url', url: cleaned.url, repo: cleaned.repo });
      pushText(rest);
    }
    last = start + match[0].length;
  }
  pushText(text.slice(last));
  return segments;
}

/** Separates a matched URL from LaTeX residue (`{...}`) and trailing punctuation, which go back to the text. */
function splitUrl(raw: string): { url: string | undefined; rest: string } {
  let url = raw;
  let rest = '';
  const brace = url.indexOf('{');
  if (brace !== -1) {
    // `https://github.com/a/b{github.com/a/b}.`: the braces repeat the URL; what follows them is text.
    const close = url.indexOf('}', brace);
    rest = close === -1 ? '' : url.slice(close + 1);
    url = url.slice(0, brace);
  }
  for (;;) {
    const trailing = TRAILING.exec(url);
    if (trailing) {
      rest = trailing[0] + rest;
      url = url.slice(0, -trailing[0].length);
      continue;
    }
    const last = url.at(-1);
    const [open, close] =
      last === ')' ? ['(', ')'] : last === ']' ? ['[', ']'] : last === '}' ? ['{', '}'] : [undefined, undefined];
    if (open && close && count(url, open) < count(url, close)) {
      rest = close + rest;
      url = url.slice(0, -1);
      continue;
    }
    break;
  }
  return { url: url === '' ? undefined : url, rest };
}

/** Cleans one URL: https, lowercase host, no trailing slash; code repositories become `https://host/owner/name`. */
export function cleanUrl(raw: string): { url: string; repo: string | undefined } | undefined {
  const withScheme = /^https?:\/\//i.test(raw) ? raw.replace(/^http:/i, 'https:') : `https://${raw}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (!parsed.hostname.includes('.') || parsed.username || parsed.password) return undefined;
  const codeHost = parsed.hostname.replace(/^www\./, '');
  if (CODE_HOSTS.has(codeHost)) {
    parsed.hostname = codeHost;
    const repo = repositoryUrl(codeHost, parsed.pathname);
    if (repo) return { url: repo, repo };
  }
  return { url: withoutTrailingSlash(parsed.href), repo: undefined };
}

function repositoryUrl(host: string, pathname: string): string | undefined {
  const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
  const [owner] = segments;
  if (!owner || NOT_OWNERS.has(owner.toLowerCase())) return undefined;
  // GitLab projects can sit in nested groups; `/-/` starts the project's own pages.
  const end = host === 'gitlab.com' ? segments.indexOf('-') : 2;
  const path = segments.slice(0, end === -1 ? undefined : end);
  if (path.length < 2) return undefined;
  const name = path.at(-1)?.replace(/\.git$/, '');
  if (!name) return undefined;
  return `https://${host}/${[...path.slice(0, -1), name].map(encodeURIComponent).join('/')}`;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function withoutTrailingSlash(href: string): string {
  return href.replace(/\/+(?=$|[?#])/, '');
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
