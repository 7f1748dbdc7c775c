import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ContentError, ErrorCollector } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { readFrontmatter } from '../../src/model/frontmatter.ts';
import { listFolder } from '../../src/model/list-files.ts';
import { topicIdSchema, topicSchema } from '../../src/model/schema.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import type { TopicKeywords } from './assign-topics.ts';

/** The topic files of a topics folder (`<id>.mdx`), by name. */
export async function topicFileNames(dir: string, show: (path: string) => string): Promise<string[]> {
  const { files } = await listFolder(dir, show(dir), 'topics');
  return files.filter((name) => name.endsWith('.mdx'));
}

/** Reads `content/topics/*.mdx`, each validated against the topic schema. */
export async function loadTopics(dir: string, show: (path: string) => string): Promise<TopicKeywords[]> {
  const names = await topicFileNames(dir, show);
  const errors = new ErrorCollector();
  const topics: TopicKeywords[] = [];
  for (const name of names) {
    const file = show(join(dir, name));
    const id = basename(name, '.mdx');
    if (!topicIdSchema.safeParse(id).success) {
      errors.add(
        new ContentError(
          file,
          undefined,
          'expected a file name of lowercase words joined by dashes, like "efficient-attention.mdx"',
        ),
      );
      continue;
    }
    const bytes = await readFile(join(dir, name));
    const topic = errors.attempt(() => {
      const text = decodeText(file, bytes);
      return validateFrontmatter(topicSchema, file, text, readFrontmatter(file, text).document.toJS());
    });
    if (topic !== undefined) topics.push({ id, keywords: topic.keywords });
  }
  errors.throwIfAny();
  if (topics.length === 0)
    throw new ContentError(show(dir), undefined, 'holds no topic; expected at least one <id>.mdx');
  return topics;
}
