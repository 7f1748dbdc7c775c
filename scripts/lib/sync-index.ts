// Brings the site's index folder up to date with the index the last run built in the cache folder, touching only
// what changed. A day's 50 new papers change about 600 of 10.5k index files at 10k papers, and creating the other
// 10k again took up to 4 s on the benchmark machine's disk.
import { copyFile, link, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInParallel } from './in-parallel.ts';
import { listFiles } from './list-files.ts';

/** What bringing a folder up to date takes. */
export interface SyncPlan {
  /**
   * Paths to write, in groups written one after the other: fragments and chunks first, then the `pf_meta` files
   * that list them, then the `pagefind-entry.json` that names the `pf_meta`. A search that starts while the folder
   * is being written loads either the old index or the new one, each with all of its chunks.
   */
  writes: string[][];
  /** Files the new index no longer has, deleted once everything is written (a search may still be reading them). */
  deletes: string[];
}

/** What a sync did. */
export interface SyncStats {
  /** Files written: new, or changed. */
  written: number;
  /** Files left as they were. */
  kept: number;
  /** Files deleted. */
  deleted: number;
}

/** The write group of a file: what refers to it is written after it. */
function writeGroup(path: string): number {
  if (path === 'pagefind-entry.json') return 2;
  if (path.endsWith('.pf_meta')) return 1;
  return 0;
}

/**
 * Plans turning a folder that holds `current` into one that holds `next`, of which `unchanged` are there already as
 * they should be: which files to write, in which order, and which to delete.
 */
export function planSync(
  next: readonly string[],
  current: readonly string[],
  unchanged: ReadonlySet<string>,
): SyncPlan {
  const writes: string[][] = [[], [], []];
  for (const path of [...next].sort()) {
    if (!unchanged.has(path)) writes[writeGroup(path)]?.push(path);
  }
  const paths = new Set(next);
  return {
    writes: writes.filter((group) => group.length > 0),
    deletes: current.filter((path) => !paths.has(path)).sort(),
  };
}

/**
 * Makes `to` hold exactly the files `paths` of `from`, writing only those that are missing or differ and deleting
 * the rest, in the order of {@link planSync}. Works on a missing folder as on one an earlier sync wrote. A file is
 * put in place through a rename, so it is never seen half written. Files in subfolders and `pf_meta` files are
 * hard links where the disk allows: Pagefind never writes over them, it only adds new ones. The others (entry,
 * scripts, WebAssembly) are copies, as Pagefind rewrites them in place on each run.
 */
export async function syncIndex(from: string, to: string, paths: readonly string[]): Promise<SyncStats> {
  const current = await listFiles(to);
  const there = new Set(current);
  const unchanged = new Set<string>();
  await mapInParallel(
    paths.filter((path) => there.has(path)),
    async (path) => {
      if (await sameFile(join(from, path), join(to, path))) unchanged.add(path);
    },
  );
  const plan = planSync(paths, current, unchanged);
  const written = plan.writes.flat();
  for (const folder of new Set(written.map((path) => dirname(join(to, path))))) {
    await mkdir(folder, { recursive: true });
  }
  for (const group of plan.writes) {
    await mapInParallel(group, (path) =>
      place(join(from, path), join(to, path), path.includes('/') || path.endsWith('.pf_meta')),
    );
  }
  await mapInParallel(plan.deletes, (path) => rm(join(to, path), { force: true }));
  return { written: written.length, kept: paths.length - written.length, deleted: plan.deletes.length };
}

/** Whether two paths hold the same bytes: the same file (a hard link), or equal content. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([stat(a), stat(b)]);
  if (statA.dev === statB.dev && statA.ino === statB.ino) return true;
  if (statA.size !== statB.size) return false;
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b)]);
  return bytesA.equals(bytesB);
}

/** Puts the file `source` at `target`, as a hard link when `linked` and the disk allows, else as a copy. */
async function place(source: string, target: string, linked: boolean): Promise<void> {
  const temporary = `${target}.${String(process.pid)}.tmp`;
  await rm(temporary, { force: true });
  let placed = false;
  if (linked) {
    // Fails across disks, or on a file system without hard links: then it is copied.
    placed = await link(source, temporary).then(
      () => true,
      () => false,
    );
  }
  if (!placed) await copyFile(source, temporary);
  await rename(temporary, target);
}
