// The one declaration of what a paper and a topic are. The content collections (src/content.config.ts),
// the content script (scripts/ingest.ts) and the content check (scripts/check-content.ts) all use it.
import { z } from 'astro/zod';
import { ARXIV_ID } from './arxiv-id.ts';
import {
  hiddenCharacter,
  MAX_APPEARANCES,
  MAX_AUTHORS,
  MAX_KEYWORDS,
  MAX_LINKS,
  MAX_REPOS,
  MAX_TITLE_LENGTH,
  MAX_TOPICS,
} from './limits.ts';
import { cleanUrl } from './normalize-links.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A limit's refusal in a contributor's terms, where zod would say `Too big: expected array to have <=50 items`. */
function atMost(limit: number, things: string): string {
  return `expected at most ${limit.toLocaleString('en')} ${things}`;
}

/** A title or a name: plain text of a reasonable length, with no character that hides or reorders text. */
export const textSchema = z
  .string()
  .trim()
  .min(1, 'expected a non-empty text')
  .max(MAX_TITLE_LENGTH, atMost(MAX_TITLE_LENGTH, 'characters'))
  .refine((text) => hiddenCharacter(text) === undefined, {
    error: (issue) =>
      `expected plain text; found the control or bidirectional character ${hiddenCharacter(String(issue.input)) ?? ''}`,
  });

/** `YYYY-MM-DD`; an unquoted YAML date (which YAML reads as a timestamp) is accepted and turned back. */
export const isoDateSchema = z.union([
  z.string().regex(ISO_DATE, 'expected a date as YYYY-MM-DD'),
  z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

/** A topic id: the file name of `content/topics/<id>.mdx`. */
export const topicIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a topic id (lowercase words joined by dashes)');

/** A web address a reader can follow: http(s) only, so no `javascript:` or `data:` link gets in. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

/** A code repository in its canonical form, `https://host/owner/name`, as ingest writes it. */
export const repoUrlSchema = z.string().refine((url) => cleanUrl(url)?.repo === url, {
  error:
    'expected a canonical repository URL like https://github.com/owner/name (https, no www., no .git, no trailing slash)',
});

/** A count a listing showed (comments, upvotes, stars): a whole number, 0 or more. */
const countSchema = z.number().int('expected a whole number').nonnegative('expected a count of 0 or more');

/** One listing of a paper in a digest. */
export const appearanceSchema = z.strictObject({
  /** The digest's date, `YYYY-MM-DD`: it names the digest page. */
  digest: isoDateSchema,
  /** The comment count that digest showed for the paper. */
  comments: countSchema,
  /** The upvote count that digest showed for the paper; absent when it showed none (text digests show none). */
  upvotes: countSchema.optional(),
});

/** An organisation's id on the Hub, as listings give it. */
export const organizationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][\w.-]*$/, 'expected an organisation id (letters, digits, ".", "_" or "-")');

/** An organisation that submitted a paper, as listings show it: `<org-id> <Org Name>`. */
export const organizationSchema = z.strictObject({
  /** The organisation's id on the listing; it names `/orgs/<id>/`. */
  id: organizationIdSchema,
  /** The organisation's display name. */
  name: textSchema,
});

/** The frontmatter of `content/papers/<slug>.md`. The body is the abstract, in Markdown. */
export const paperSchema = z.strictObject({
  /** The title as readers see it; fix typos here. */
  title: textSchema,
  /** The title as the digests list it (LaTeX cleaned): ingest finds this file by it, so leave it as is. */
  listed_title: textSchema,
  /**
   * The arXiv identifier without its version (`2501.00663`, `hep-th/9901001`), when a listing gave one or a
   * contributor added it: ingest finds this file by it before the title, and the site links the paper's abstract,
   * PDF and Hugging Face pages.
   */
  arxiv: z
    .string()
    .regex(ARXIV_ID, 'expected an arXiv id without version, like 2501.00663 or hep-th/9901001')
    .optional(),
  /** Publication date, `YYYY-MM-DD`; absent when the listing showed none. */
  published: isoDateSchema.optional(),
  /** Number of authors, when a listing counted them; it stays right where no names are known. */
  authors: z.number().int('expected a whole number').positive('expected a count of 1 or more').optional(),
  /**
   * The authors' names in the paper's order, when a listing gave them (the daily papers API does). Authors the
   * Hub hides are left out, so there may be fewer names than `authors`. Each name has a page, `/authors/<slug>/`.
   */
  author_names: z
    .array(textSchema)
    .min(1, 'expected at least one name')
    .max(MAX_AUTHORS, atMost(MAX_AUTHORS, 'names'))
    .optional(),
  /** The organisation that submitted the paper, when a listing showed one. */
  organization: organizationSchema.optional(),
  /** Every digest that listed the paper, oldest first, with the comment count shown there. */
  appearances: z
    .array(appearanceSchema)
    .min(1, 'expected at least one appearance')
    .max(MAX_APPEARANCES, atMost(MAX_APPEARANCES, 'appearances')),
  /** The comment count of the latest appearance. */
  comments: countSchema,
  /** The upvote count of the latest appearance that showed one; absent when no listing did. */
  upvotes: countSchema.optional(),
  /** The stars of the paper's GitHub repository, as the latest listing that showed them counted. */
  github_stars: countSchema.optional(),
  /** Code repositories named in the abstract, canonical. */
  repos: z.array(repoUrlSchema).max(MAX_REPOS, atMost(MAX_REPOS, 'repositories')).default([]),
  /** Other links: project pages, model pages, demos. */
  links: z.array(webUrlSchema).max(MAX_LINKS, atMost(MAX_LINKS, 'links')).default([]),
  /** Topic ids, most relevant first. */
  topics: z.array(topicIdSchema).max(MAX_TOPICS, atMost(MAX_TOPICS, 'topics')).default([]),
});

/** A paper's frontmatter after validation. */
export type PaperData = z.output<typeof paperSchema>;

/** The frontmatter of `content/topics/<id>.mdx`. The body is the topic's editorial text. */
export const topicSchema = z.strictObject({
  /** The topic's name as a heading. */
  title: textSchema,
  /** One sentence for listings and meta descriptions. */
  description: textSchema,
  /** Lowercase words or phrases that assign papers to the topic; a title match weighs more than an abstract match. */
  keywords: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .min(1, 'expected a non-empty keyword')
        .max(MAX_TITLE_LENGTH, atMost(MAX_TITLE_LENGTH, 'characters')),
    )
    .min(1, 'expected at least one keyword')
    .max(MAX_KEYWORDS, atMost(MAX_KEYWORDS, 'keywords')),
});

/** A topic's frontmatter after validation. */
export type TopicData = z.output<typeof topicSchema>;
