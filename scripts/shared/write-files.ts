// Files written all or none: each staged beside its place, then renamed into it.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inParallel, unwrap } from '../../src/model/in-parallel.ts';

/**
 * Writes each file to `<dir>/<name>`: every one is staged beside its place first (a hidden temporary file), then
 * renamed into it. A failed write leaves the folder as it was: no file is half-written.
 */
export async function writeFiles(dir: string, files: readonly { name: string; text: string }[]): Promise<void> {
  if (files.length === 0) return;
  await mkdir(dir, { recursive: true });
  const staged = files.map((file) => ({
    text: file.text,
    temporary: join(dir, `.${file.name}.${process.pid}.tmp`),
    final: join(dir, file.name),
  }));
  const written = await inParallel(staged, ({ temporary, text }) => writeFile(temporary, text));
  const failed = written.find((result) => result.status === 'rejected');
  if (failed) {
    await Promise.all(staged.map(({ temporary }) => rm(temporary, { force: true })));
    unwrap(failed);
  }
  for (const renamed of await inParallel(staged, ({ temporary, final }) => rename(temporary, final))) unwrap(renamed);
}
