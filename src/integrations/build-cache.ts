// Keeps Astro's build cache (node_modules/.astro) honest where Astro cannot tell it is out of date:
// - Astro reads a content file again only when its text changes, not when the code that validates or renders it
//   does (the schema, the loaders, the Markdown plugins that make contributed HTML safe): such a change would
//   leave pages rendered by the old code. A digest of that code is kept beside the cache; when it differs, the
//   content store is dropped and every entry is read again.
// - The incremental build keeps a page when the output folder already has a file for it, whichever build wrote it:
//   after a build into another folder with the same cache, that file may be out of date. The last build's output
//   folder is kept beside the cache; when it differs, the incremental manifest is dropped.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles } from '../model/list-files.ts';

/** What the cache was last built with. */
export interface CacheStamp {
  /** The digest of the content pipeline's code. */
  pipeline: string;
  outDir: string;
}

/** Which of Astro's cache files a new build must not trust, given the last stamp and this build's. */
export function staleCaches(previous: CacheStamp | undefined, next: CacheStamp): string[] {
  if (previous === undefined) return ['data-store.json', 'data-store', 'incremental-build.json'];
  return [
    ...(previous.pipeline === next.pipeline ? [] : ['data-store.json', 'data-store']),
    ...(previous.pipeline === next.pipeline && previous.outDir === next.outDir ? [] : ['incremental-build.json']),
  ];
}

/**
 * The files `paths` name (files or folders, relative to `root`), tests and test fixtures left out. A path that names
 * nothing is an error: a list that silently skips a moved file would stop noticing when that code changes.
 */
export async function codeFiles(root: string, paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const found = await stat(join(root, path)).catch(() => undefined);
    if (found === undefined) {
      throw new Error(
        `the content code list names ${path}, which is not there; expected a file or folder (astro.config.mjs)`,
      );
    }
    if (found.isDirectory()) files.push(...(await listFiles(join(root, path))).map((file) => `${path}/${file}`));
    else files.push(path);
  }
  return [...new Set(files)].filter((file) => !/\.test\.ts$|(?:^|\/)fixtures\//.test(file)).sort();
}

/** A digest of the files `paths` name ({@link codeFiles}), their names and bytes. */
export async function digestFiles(root: string, paths: readonly string[]): Promise<string> {
  const files = await codeFiles(root, paths);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const STAMP = 'paper-archive-cache.json';

/** The Astro integration: `pipeline` is the code that shapes content entries, relative to the project root. */
export function buildCacheIntegration(pipeline: readonly string[]): AstroIntegration {
  let command = '';
  return {
    name: 'paper-archive:build-cache',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      // Runs before the content is synced and before the incremental build reads its manifest.
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const next = {
          pipeline: await digestFiles(fileURLToPath(config.root), pipeline),
          outDir: fileURLToPath(config.outDir),
        };
        const previous = await readFile(join(cacheDir, STAMP), 'utf8')
          .then((text) => JSON.parse(text) as CacheStamp)
          .catch(() => undefined);
        const stale = staleCaches(previous, next);
        await Promise.all(stale.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
        if (previous !== undefined && stale.length > 0) {
          logger.info(
            `Dropped ${stale.join(', ')} from the build cache: ${previous.pipeline === next.pipeline ? 'another output folder' : 'the content code changed'}.`,
          );
        }
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, STAMP), JSON.stringify(next));
      },
    },
  };
}
