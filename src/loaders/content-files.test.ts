import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import site from '../../astro.config.mjs';
import { paperSchema, topicSchema } from '../model/schema.ts';
import { contentFiles, type ContentFilesOptions } from './content-files.ts';
import { HOSTILE_PAPERS, HOSTILE_TOPIC, PAPER, TOPIC } from './fixtures/hostile-content.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** Just enough of Astro's loader context: the site's Markdown processor, an in-memory store, parseData counted. */
function fakeContext(root: string, schema: z.ZodType) {
  const entries = new Map<string, Entry>();
  const parsed: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`), markdown: site.markdown, image: {} },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => undefined,
    },
    // As Astro's own: the collection's schema, and an error naming the entry but no line when it refuses.
    parseData: ({ id, data }: { id: string; data: unknown }) => {
      parsed.push(id);
      const result = schema.safeParse(data);
      return result.success
        ? Promise.resolve(result.data)
        : Promise.reject(new Error(`${id} data does not match collection schema`));
    },
    generateDigest: (data: string) => `${data.length}:${data.slice(-64)}`,
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

const PAPERS: ContentFilesOptions = {
  base: 'content/papers',
  extension: '.md',
  maxBytes: 64 * 1024,
  schema: paperSchema,
  render: 'html',
  retainBody: false,
};
const TOPICS: ContentFilesOptions = {
  base: 'content/topics',
  extension: '.mdx',
  maxBytes: 64 * 1024,
  schema: topicSchema,
  render: 'deferred',
  retainBody: true,
};

describe('contentFiles', () => {
  let root: string;
  const write = (path: string, text: string) => writeFile(join(root, path), text);
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'content-files-'));
    await mkdir(join(root, 'content/papers'), { recursive: true });
    await mkdir(join(root, 'content/topics'), { recursive: true });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test("stores each paper with its frontmatter and its abstract rendered by the site's safe Markdown pipeline", async () => {
    await write('content/papers/superlinear-multi-step-attention.md', `${PAPER}\n<script>alert(1)</script>\n`);
    const { context, entries } = fakeContext(root, paperSchema);
    await contentFiles(PAPERS).load(context);
    const entry = entries.get('superlinear-multi-step-attention');
    expect(entry?.data).toMatchObject({ title: 'Superlinear Multi-Step Attention', comments: 0 });
    expect(entry?.filePath).toBe('content/papers/superlinear-multi-step-attention.md');
    expect(entry?.body).toBeUndefined();
    expect(entry?.rendered?.html).toMatch(/^<p>In this paper, we propose Superlinear attention/);
    expect(entry?.rendered?.html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  test(
    'refuses every hostile paper of the folder at once, each by file and line, with no stack to print',
    async () => {
      for (const { name, text } of HOSTILE_PAPERS) await write(`content/papers/${name}`, text);
      await write('content/papers/superlinear-multi-step-attention.md', PAPER);
      const { context, entries } = fakeContext(root, paperSchema);
      const error = await contentFiles(PAPERS)
        .load(context)
        .then(
          () => undefined,
          (reason: unknown) => reason as Error,
        );
      const expected = [...HOSTILE_PAPERS]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map(({ name, refused }) => `content/papers/${name}${refused}`);
      expect(error?.message.split('\n')).toEqual(expected);
      expect(error?.stack).toBe('');
      expect([...entries.keys()]).toEqual(['superlinear-multi-step-attention']);
    },
    // Each is refused before a parser could take long over it.
    5_000,
  );

  test('parses only new or changed files again, and forgets deleted ones', async () => {
    await write('content/papers/superlinear-multi-step-attention.md', PAPER);
    const { context, entries, parsed } = fakeContext(root, paperSchema);
    const loader = contentFiles(PAPERS);
    await loader.load(context);
    await loader.load(context);
    expect(parsed).toEqual(['superlinear-multi-step-attention']);
    await rm(join(root, 'content/papers/superlinear-multi-step-attention.md'));
    await loader.load(context);
    expect([...entries.keys()]).toEqual([]);
  });

  test('keeps a topic and its source for MDX to compile when its page renders', async () => {
    await write('content/topics/agents.mdx', TOPIC);
    const { context, entries } = fakeContext(root, topicSchema);
    await contentFiles(TOPICS).load(context);
    expect(entries.get('agents')).toEqual({
      id: 'agents',
      data: expect.objectContaining({ title: 'Agents and tool use' }) as unknown,
      filePath: 'content/topics/agents.mdx',
      digest: expect.any(String) as unknown,
      body: TOPIC.split('\n---\n')[1]?.trim(),
      deferredRender: true,
    });
  });

  test('refuses a topic whose frontmatter nests too deep, naming its line', async () => {
    await write(`content/topics/${HOSTILE_TOPIC.name}`, HOSTILE_TOPIC.text);
    const { context } = fakeContext(root, topicSchema);
    await expect(contentFiles(TOPICS).load(context)).rejects.toThrow(
      `content/topics/${HOSTILE_TOPIC.name}${HOSTILE_TOPIC.refused}`,
    );
  });

  test('refuses a topic holding code when it loads, every problem with its line, before MDX compiles it', async () => {
    const code = `${TOPIC.trimEnd()}\n\nexport const x = (await import('node:child_process')).execSync('id').toString();\n\n{x}\n`;
    await write('content/topics/agents.mdx', code);
    const lines = code.split('\n');
    const exportLine = lines.findIndex((line) => line.startsWith('export ')) + 1;
    const { context } = fakeContext(root, topicSchema);
    const error = await contentFiles(TOPICS)
      .load(context)
      .then(
        () => undefined,
        (thrown: unknown) => thrown as Error,
      );
    expect(error?.message).toBe(
      [
        `content/topics/agents.mdx:${exportLine}: \`import\` and \`export\` run code when the site is built; expected Markdown only`,
        `content/topics/agents.mdx:${exportLine + 2}: "{x}" is a JavaScript expression; expected Markdown only (write \\{ for a brace)`,
      ].join('\n'),
    );
    expect(error?.stack).toBe('');
  });
});
