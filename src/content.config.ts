import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { paperSchema, topicSchema } from './schema.ts';

/** One Markdown file per paper, written by `npm run ingest` and editable by hand. */
const papers = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/papers' }),
  schema: paperSchema,
});

/** One MDX file per topic: frontmatter plus editorial text. */
const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/topics' }),
  schema: topicSchema,
});

export const collections = { papers, topics };
