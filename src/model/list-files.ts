// Listing a build folder's files the one way the build steps compare them: relative paths with `/` on every platform.
// Content folders are listed by content-folder.ts.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** `to` relative to `from`, with `/` between its parts whatever the platform's separator. */
export function relativePath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/**
 * Every file under `folder`, as a path relative to it ({@link relativePath}); none when there is no folder. The
 * top-level folders named in `skip` are not looked into. Throws when `folder` is a file.
 */
export async function listFiles(folder: string, skip: readonly string[] = []): Promise<string[]> {
  let top;
  try {
    top = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lists = await Promise.all(
    top.map(async (entry) => {
      if (entry.isFile()) return [entry.name];
      if (!entry.isDirectory() || skip.includes(entry.name)) return [];
      const inside = await readdir(join(folder, entry.name), { recursive: true, withFileTypes: true });
      return inside
        .filter((file) => file.isFile())
        .map((file) => relativePath(folder, join(file.parentPath, file.name)));
    }),
  );
  return lists.flat();
}
