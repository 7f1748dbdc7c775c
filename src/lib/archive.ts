/**
 * The whole archive shaped once per build: papers in order, grouped by topic, published date, digest (the day
 * listed), week and month listed, repository owner, organisation and author, with related papers. Pages only look
 * things up in it.
 */
import { ContentError } from '../model/content-error.ts';
import { titleKey } from '../model/paper-identity.ts';
import { orderDigest, type DigestListing, type SlugIndex } from './digest-listing.ts';
import { groupByAuthor, type AuthorGroup } from './group-authors.ts';
import { groupByDate, type DateGroups } from './group-dates.ts';
import { groupByOrganization, type OrgGroup } from './group-orgs.ts';
import { groupByOwner, type OwnerGroup } from './group-code-repos.ts';
import { groupByTopic, type TopicGroup, type TopicInput } from './group-topics.ts';
import { groupListings, monthOf, weekOf, type ListingPeriod } from './listing-periods.ts';
import { newestFirst, toPaper, type Paper, type PaperInput } from './paper.ts';
import { paperScopes, type PaperScopes } from './paper-scopes.ts';
import { rankListed, type ListedPaper } from './rank-listed.ts';
import { relatedDocuments } from './related.ts';

/** Related papers shown on a paper page. */
export const RELATED_COUNT = 5;

/** A paper as one digest listed it, with the counts it showed. */
export type DigestPaper = ListedPaper;

export interface DigestGroup {
  /** `YYYY-MM-DD`. */
  date: string;
  file: string;
  /** The digest's papers in listing order. */
  entries: DigestPaper[];
  /** The same papers ranked, as the day's page shows them (rank-listed.ts). */
  ranked: DigestPaper[];
  /** The dates of the digests before and after it. */
  previous: string | undefined;
  next: string | undefined;
  /** The ids of the ISO week (`2026-W17`) and the month (`2026-04`) it was listed in. */
  week: string;
  month: string;
}

export interface Archive {
  /** Every paper, newest first. */
  papers: Paper[];
  bySlug: ReadonlyMap<string, Paper>;
  /** Topics by title. */
  topics: TopicGroup[];
  topicById: ReadonlyMap<string, TopicGroup>;
  dates: DateGroups;
  /** Digests, latest first. */
  digests: DigestGroup[];
  digestByDate: ReadonlyMap<string, DigestGroup>;
  /** What was listed each ISO week and each month that has a digest, latest first. */
  weeks: ListingPeriod[];
  weekById: ReadonlyMap<string, ListingPeriod>;
  months: ListingPeriod[];
  monthById: ReadonlyMap<string, ListingPeriod>;
  /** Repository owners by name. */
  owners: OwnerGroup[];
  /** Papers with at least one code repository, newest first. */
  papersWithCode: Paper[];
  /** Organisations by name. */
  orgs: OrgGroup[];
  orgById: ReadonlyMap<string, OrgGroup>;
  /** Named authors, most papers first. */
  authors: AuthorGroup[];
  /** Each author by their name as any paper writes it. */
  authorByName: ReadonlyMap<string, AuthorGroup>;
  /** Each paper's related papers, most similar first. */
  related: ReadonlyMap<string, Paper[]>;
  /** Each paper's values for the search filters that listings' links set (the days, weeks and months listed, ...). */
  scopes: ReadonlyMap<string, PaperScopes>;
}

export interface ArchiveInput {
  papers: readonly PaperInput[];
  topics: readonly TopicInput[];
  digests: readonly DigestListing[];
}

/** Shapes the archive from the collections. Throws a content error naming the file for inconsistent content. */
export function buildArchive(input: ArchiveInput): Archive {
  const papers = input.papers.map(toPaper).sort(newestFirst);
  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const topics = groupByTopic(papers, input.topics);
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));
  const digests = buildDigests(papers, bySlug, input.digests);
  const owners = groupByOwner(papers);
  const orgs = groupByOrganization(papers);
  const authors = groupByAuthor(papers);
  const weeks = groupListings(digests, weekOf);
  const months = groupListings(digests, monthOf);
  const dates = groupByDate(papers);
  return {
    papers,
    bySlug,
    topics,
    topicById,
    dates,
    digests,
    digestByDate: new Map(digests.map((digest) => [digest.date, digest])),
    weeks,
    weekById: new Map(weeks.map((week) => [week.id, week])),
    months,
    monthById: new Map(months.map((month) => [month.id, month])),
    owners,
    papersWithCode: papers.filter((paper) => paper.repos.length > 0),
    orgs,
    orgById: new Map(orgs.map((org) => [org.id, org])),
    authors: authors.authors,
    authorByName: authors.byName,
    related: relatedPapers(papers, bySlug, topicById),
    scopes: paperScopes(papers, {
      days: digests,
      weeks,
      months,
      published: dates.years.flatMap((year) => year.months),
      owners,
    }),
  };
}

function buildDigests(
  papers: readonly Paper[],
  bySlug: ReadonlyMap<string, Paper>,
  listings: readonly DigestListing[],
): DigestGroup[] {
  const slugs: SlugIndex = {
    byKey: new Map(papers.map((paper) => [titleKey(paper.data.listed_title), paper.slug])),
    byArxiv: new Map(
      papers.flatMap((paper) => (paper.data.arxiv === undefined ? [] : [[paper.data.arxiv, paper.slug] as const])),
    ),
  };
  const sorted = [...listings].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return sorted.map((listing, index) => {
    const twin = sorted[index + 1];
    if (twin?.date === listing.date) {
      throw new ContentError(
        listing.file,
        undefined,
        `has the same date, ${listing.date}, as ${twin.file}; expected one digest per day`,
      );
    }
    const entries = orderDigest(listing, slugs).map((slug) => {
      const paper = bySlug.get(slug);
      if (!paper) throw new Error(`no paper for slug ${slug}`);
      const appearance = paper.data.appearances.find((candidate) => candidate.digest === listing.date);
      if (!appearance) {
        throw new ContentError(
          paper.file,
          undefined,
          `appearances: has no entry for digest ${listing.date}, which lists it (${listing.file}); expected one (run \`npm run ingest\`)`,
        );
      }
      return { paper, appearance };
    });
    return {
      date: listing.date,
      file: listing.file,
      entries,
      ranked: rankListed(entries),
      previous: sorted[index + 1]?.date,
      next: sorted[index - 1]?.date,
      week: weekOf(listing.date).id,
      month: monthOf(listing.date).id,
    };
  });
}

/** Related papers by text similarity; a paper with too few gets the newest papers of its topics to make up the count. */
function relatedPapers(
  papers: readonly Paper[],
  bySlug: ReadonlyMap<string, Paper>,
  topicById: ReadonlyMap<string, TopicGroup>,
): Map<string, Paper[]> {
  const similar = relatedDocuments(
    papers.map((paper) => ({ id: paper.slug, title: paper.data.title, text: paper.abstract })),
    { count: RELATED_COUNT },
  );
  const related = new Map<string, Paper[]>();
  for (const paper of papers) {
    const chosen = (similar.get(paper.slug) ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
    for (const id of paper.data.topics) {
      for (const other of topicById.get(id)?.papers ?? []) {
        if (chosen.length >= RELATED_COUNT) break;
        if (other !== paper && !chosen.includes(other)) chosen.push(other);
      }
    }
    related.set(paper.slug, chosen);
  }
  return related;
}
