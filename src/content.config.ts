import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentFiles } from './loaders/content-files.ts';
import { digestLoader } from './loaders/digests.ts';
import { MAX_PAPER_FILE_BYTES, MAX_TOPIC_FILE_BYTES } from './model/limits.ts';
import { isoDateSchema, paperSchema, topicSchema } from './model/schema.ts';

/** The content folder; the hostile-content test builds the site from a copy with extra papers. */
const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/**
 * One Markdown file per paper, written by `npm run ingest` and editable by hand, read by the content model as the
 * check reads it. Pages use the rendered abstract, never the Markdown source: not keeping it shrinks the content
 * store, which the build serializes, bundles and loads, by about a third, and lowers the build's peak memory
 * (BENCHMARKS.md).
 */
const papers = defineCollection({
  loader: contentFiles({
    base: `${CONTENT_DIR}/papers`,
    extension: '.md',
    maxBytes: MAX_PAPER_FILE_BYTES,
    schema: paperSchema,
    render: 'html',
    retainBody: false,
  }),
  schema: paperSchema,
});

/** One MDX file per topic: frontmatter plus editorial text, compiled when its page renders. */
const topics = defineCollection({
  loader: contentFiles({
    base: `${CONTENT_DIR}/topics`,
    extension: '.mdx',
    maxBytes: MAX_TOPIC_FILE_BYTES,
    schema: topicSchema,
    render: 'deferred',
    retainBody: true,
  }),
  schema: topicSchema,
});

/** Each digest as it was listed, read from `content/digests/` by the content model's parser (any format ingest reads). */
const digests = defineCollection({
  loader: digestLoader({ base: `${CONTENT_DIR}/digests` }),
  schema: z.strictObject({
    /** The digest file, relative to the project root. */
    file: z.string().min(1),
    /** The digest's date, `YYYY-MM-DD`: it names the digest page. */
    date: isoDateSchema,
    /** Its entries in listing order: each paper's identity (the folded title, and the arXiv id when listed) and line. */
    entries: z.array(
      z.strictObject({ key: z.string(), arxiv: z.string().optional(), line: z.number().int().positive() }),
    ),
  }),
});

export const collections = { papers, topics, digests };
