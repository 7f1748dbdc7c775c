/**
 * Papers grouped by the names of their authors, each name with the slug of its page (`/authors/<slug>/`).
 *
 * A name is an author: the listings give names, not people, so two people who share a name share a page, and one
 * person written two ways has two. Names that differ only in how Unicode composes their letters are one name.
 */
import { createHash } from 'node:crypto';
import { uniqueSlug } from '../model/slug.ts';
import type { Paper } from './paper.ts';

export interface AuthorGroup {
  /** The name as the newest of its papers writes it. */
  name: string;
  /** Its page's slug, unique among authors. */
  slug: string;
  /** Its papers, in the order they are given. */
  papers: Paper[];
}

/** The authors, and each name as any paper writes it with its group, for pages that link a paper's authors. */
export interface AuthorGroups {
  /** Most papers first, then by name. */
  authors: AuthorGroup[];
  byName: ReadonlyMap<string, AuthorGroup>;
}

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Every named author with their papers. Slugs are handed out in the order of the names themselves, never of the
 * papers, so the same names always get the same slugs: of two names that slug alike (`Wei Li`, `Wei LI`), the
 * first in code-point order gets the plain slug and the other the next free counter (`wei-li-2`). A name with
 * nothing ASCII can spell gets a slug made from a digest of the name, which no other name changes.
 */
export function groupByAuthor(papers: readonly Paper[]): AuthorGroups {
  const groups = new Map<string, { name: string; papers: Paper[] }>();
  const spellings = new Map<string, string>();
  for (const paper of papers) {
    const seen = new Set<string>();
    for (const name of paper.data.author_names ?? []) {
      const key = name.normalize('NFC');
      spellings.set(name, key);
      // A paper that names an author twice is listed once on their page.
      if (seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { name, papers: [] }));
      group.papers.push(paper);
    }
  }

  const taken = new Set<string>();
  const slugged = new Map<string, AuthorGroup>();
  for (const key of [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const group = groups.get(key);
    if (!group) continue;
    const slug = uniqueSlug(key, taken, `author-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`);
    taken.add(slug);
    slugged.set(key, { name: group.name, slug, papers: group.papers });
  }

  const authors = [...slugged.values()].sort(
    (a, b) => b.papers.length - a.papers.length || byName.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1),
  );
  const named = new Map<string, AuthorGroup>();
  for (const [name, key] of spellings) {
    const group = slugged.get(key);
    if (group) named.set(name, group);
  }
  return { authors, byName: named };
}
