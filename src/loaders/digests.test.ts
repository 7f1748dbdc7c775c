import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { digestLoader } from './digests.ts';

const REAL_DIGEST = 'content/digests/004_a694c269b68bac59.txt';

/** Just enough of Astro's loader context: an in-memory store, and parseData counted. */
function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  const parsed: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
        entries.set(entry.id, entry);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
    },
    parseData: ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return Promise.resolve(data);
    },
    generateDigest: (data: string) => String(data.length) + data.slice(-64),
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

describe('digestLoader', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'digests-'));
    await mkdir(join(root, 'content/digests'), { recursive: true });
    await writeFile(join(root, 'content/digests/2026-03-03.txt'), await readFile(REAL_DIGEST));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('stores each digest file as its date and its entries in listing order', async () => {
    const { context, entries } = fakeContext(root);
    await digestLoader({ base: 'content/digests' }).load(context);
    const entry = entries.get('2026-03-03');
    expect(entry?.data).toMatchObject({ file: 'content/digests/2026-03-03.txt', date: '2026-03-03' });
    const listed = entry?.data.entries as { key: string; line: number }[];
    expect(listed.slice(0, 2)).toEqual([
      { key: 'zebra llama towards extremely efficient hybrid models', line: 13 },
      { key: 'nv embed improved techniques for training llms as generalist embedding models', line: 21 },
    ]);
  });

  test('parses only new or changed files again, and forgets deleted ones', async () => {
    const { context, entries, parsed } = fakeContext(root);
    const loader = digestLoader({ base: 'content/digests' });
    await loader.load(context);
    await loader.load(context);
    expect(parsed).toEqual(['2026-03-03']);
    await rm(join(root, 'content/digests/2026-03-03.txt'));
    await loader.load(context);
    expect([...entries.keys()]).toEqual([]);
  });

  test('fails on a file that is not a digest, naming it and the line', async () => {
    await writeFile(join(root, 'content/digests/2026-04-01.txt'), 'Daily Papers\n\nApr 1\n\nJust a title\n');
    const { context } = fakeContext(root);
    await expect(digestLoader({ base: 'content/digests' }).load(context)).rejects.toThrow(
      /^content\/digests\/2026-04-01\.txt:\d+: /,
    );
  });
});
