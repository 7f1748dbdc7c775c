/** A paper as the site shows it: its file's frontmatter plus what every page derives from it, and its order. */
import type { PaperData } from '../model/schema.ts';
import { cacheKey } from './cache-key.ts';
import { excerpt } from './plain-text.ts';
import { parseRepoUrl, type RepoRef } from './code-repo-url.ts';

/** One digest's listing of a paper, as its file records it: the digest's date and the counts it showed. */
export type Appearance = PaperData['appearances'][number];

/** A paper file as read from the collection. */
export interface PaperInput {
  slug: string;
  /** The file, relative to the project root (for "Edit this page"). */
  file: string;
  data: PaperData;
  /** The rendered abstract, HTML made safe by the Markdown pipeline. */
  html: string;
  /** The abstract as plain text. */
  abstract: string;
}

/** A paper with the fields listings sort and group by. */
export interface Paper extends PaperInput {
  /** `YYYY` and `MM` of the published date, when there is one. */
  year: string | undefined;
  month: string | undefined;
  /** The first and the latest digest that listed it. */
  firstListed: string;
  lastListed: string;
  /** The repositories its abstract names, parsed. */
  repos: RepoRef[];
  /** Its other links that are web addresses (the schema says so; this holds even if a file slips past it). */
  links: string[];
  /** A digest of its file: pages that show the paper are rendered again only when it changes. */
  revision: string;
  /**
   * The start of its abstract that listings show. Cut once here: a paper is listed on about nine pages (topics,
   * dates, digests, organisation, code), and cutting it on each was a measurable share of a large build.
   */
  excerpt: string;
}

/** The length of a listing's excerpt, in characters. */
export const EXCERPT_LENGTH = 220;

/** Derives the listing fields of a paper. */
export function toPaper(input: PaperInput): Paper {
  const digests = input.data.appearances.map((appearance) => appearance.digest).sort();
  const [year, month] = input.data.published?.split('-') ?? [];
  return {
    ...input,
    year,
    month,
    firstListed: digests[0] ?? '',
    lastListed: digests.at(-1) ?? '',
    repos: input.data.repos.flatMap((url) => parseRepoUrl(url) ?? []),
    links: input.data.links.filter((url) => /^https?:\/\//i.test(url)),
    revision: cacheKey(input.slug, input.file, input.data, input.html),
    excerpt: excerpt(input.abstract, EXCERPT_LENGTH),
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Newest first: by published date, latest first; papers without a date after all dated ones, latest
 * listed first; equal dates by title, then slug, so the order never depends on the input's.
 */
export function newestFirst(a: Paper, b: Paper): number {
  const aDate = a.data.published;
  const bDate = b.data.published;
  if (aDate !== bDate) {
    if (aDate === undefined) return 1;
    if (bDate === undefined) return -1;
    return aDate < bDate ? 1 : -1;
  }
  if (aDate === undefined && a.lastListed !== b.lastListed) return a.lastListed < b.lastListed ? 1 : -1;
  return collator.compare(a.data.title, b.data.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
