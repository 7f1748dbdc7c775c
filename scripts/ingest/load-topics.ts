// Topics for ingest: each topic file's id and keywords, which give a new paper its topics (assign-topics.ts).
import { basename } from 'node:path';
import { ContentError, ErrorCollector } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { frontmatterData, readFrontmatter } from '../../src/model/frontmatter.ts';
import { topicIdSchema, topicSchema, type TopicData } from '../../src/model/schema.ts';
import { MAX_TOPIC_FILE_BYTES } from '../../src/model/limits.ts';
import { mdxProblems } from '../../src/model/untrusted-mdx.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import { listFolder } from '../../src/model/content-folder.ts';
import type { TopicKeywords } from './assign-topics.ts';
import { readContentFolder, type ContentFile } from './read-content.ts';

/** The ids of a topics folder's topic files (`<id>.mdx`), valid or not. */
export async function topicFileIds(dir: string, show: (path: string) => string): Promise<Set<string>> {
  const { files } = await listFolder(dir, show(dir), 'topics');
  return new Set(files.filter((name) => name.endsWith('.mdx')).map((name) => basename(name, '.mdx')));
}

/** Reads `content/topics/*.mdx`, each validated against the topic schema. */
export async function loadTopics(dir: string, show: (path: string) => string): Promise<TopicKeywords[]> {
  const errors = new ErrorCollector();
  const files: ContentFile[] = [];
  for (const file of await readContentFolder(dir, show, 'topics', errors, { maxBytes: MAX_TOPIC_FILE_BYTES })) {
    if (file.name.endsWith('.mdx')) files.push(file);
    else
      errors.add(
        new ContentError(file.file, undefined, 'expected only topic files named <id>.mdx in the topics folder'),
      );
  }
  const topics: TopicKeywords[] = [];
  for (const { name, file, bytes } of files) {
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
    const topic = errors.attempt(() => readTopic(file, decodeText(file, bytes)));
    if (topic !== undefined) topics.push({ id, keywords: topic.keywords });
  }
  if (topics.length === 0 && errors.errors.length === 0) {
    errors.add(new ContentError(show(dir), undefined, 'holds no topic; expected at least one <id>.mdx'));
  }
  errors.throwIfAny();
  return topics;
}

/**
 * Reads one topic file's text: its frontmatter validated, and its body refused if it holds anything but Markdown
 * (a topic is MDX, and MDX is code). Throws the file's content errors, all of them.
 */
export function readTopic(file: string, text: string): TopicData {
  const errors = new ErrorCollector();
  for (const problem of mdxProblems(text)) errors.add(new ContentError(file, problem.line, problem.message));
  const topic = errors.attempt(() =>
    validateFrontmatter(topicSchema, file, text, frontmatterData(file, readFrontmatter(file, text).document)),
  );
  errors.throwIfAny();
  if (topic === undefined) throw new ContentError(file, undefined, 'expected a topic');
  return topic;
}
