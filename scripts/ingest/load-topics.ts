import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { topicIdSchema, topicSchema } from '../../src/model/schema.ts';
import type { TopicKeywords } from './assign-topics.ts';
import { ContentError, ContentErrors } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { readFrontmatter } from '../../src/model/frontmatter.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import { listFolder } from './ingest.ts';

/** Reads `content/topics/*.mdx`, each validated against the topic schema. */
export async function loadTopics(dir: string, show: (path: string) => string): Promise<TopicKeywords[]> {
  const names = (await listFolder(dir, show, 'topics')).filter((name) => name.endsWith('.mdx'));
  const errors: ContentError[] = [];
  const topics: TopicKeywords[] = [];
  for (const name of names) {
    const file = show(join(dir, name));
    const id = basename(name, '.mdx');
    try {
      if (!topicIdSchema.safeParse(id).success) {
        throw new ContentError(
          file,
          undefined,
          'expected a file name of lowercase words joined by dashes, like "efficient-attention.mdx"',
        );
      }
      const text = decodeText(file, await readFile(join(dir, name)));
      const topic = validateFrontmatter(topicSchema, file, text, readFrontmatter(file, text).document.toJS());
      topics.push({ id, keywords: topic.keywords });
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.errors);
      else if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  if (topics.length === 0)
    throw new ContentError(show(dir), undefined, 'holds no topic; expected at least one <id>.mdx');
  return topics;
}
