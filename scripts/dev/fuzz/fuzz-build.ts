// The long fuzz run's last word on "what the check accepts builds": the site is built from the mutated paper and topic
// files the check accepted, by `astro build` itself, so the content loaders, the schema, the safe Markdown pipeline,
// the MDX guard and compiler and every page that shows a paper or a topic read them as they would in a pull request.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MutatedContent } from './fuzz-content.ts';

const run = promisify(execFile);

/**
 * Builds the site from the real topics and `accepted` files, each under a name of its own (`fuzz-<n>.md`,
 * `fuzz-<n>.mdx`), in a scratch folder. There are no digests: a mutated paper need not be one a digest lists, which is
 * ingest's to check, not the check of one file. Resolves to undefined when the build succeeds, and to the end of what
 * it printed when it fails.
 */
export async function buildAccepted(accepted: readonly MutatedContent[]): Promise<string | undefined> {
  const root = await mkdtemp(join(tmpdir(), 'fuzz-build-'));
  try {
    await cp('content/topics', join(root, 'content/topics'), { recursive: true });
    await mkdir(join(root, 'content/papers'));
    await mkdir(join(root, 'content/digests'));
    for (const [index, { kind, text }] of accepted.entries()) {
      const name = kind === 'paper' ? `papers/fuzz-${index}.md` : `topics/fuzz-${index}.mdx`;
      await writeFile(join(root, 'content', name), text);
    }
    await run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, 'cache'), BASE: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return undefined;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}${stderr}`.slice(-4_000) || String(error);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
