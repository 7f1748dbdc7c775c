import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one stage of the pipeline cost. */
export interface StageCost {
  seconds: number;
  /** Peak resident memory of the largest process the stage ran, in MB; undefined where it cannot be measured. */
  peakRssMb: number | undefined;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a shell command in `cwd` and measures its wall time and, through GNU time, the peak RSS of the
 * largest process it ran (a child's children included). The command's output goes to `log`; a
 * non-zero exit is an error that quotes the end of that log.
 */
export async function measure(command: string, cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<StageCost> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      timed ? GNU_TIME : 'sh',
      timed
        ? ['-f', '%M', '-o', timeFile, 'sh', '-c', `(${command}) >>'${log}' 2>&1`]
        : ['-c', `(${command}) >>'${log}' 2>&1`],
      { cwd, env, stdio: 'inherit' },
    );
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const peakKb = timed ? Number((await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1)) : NaN;
  await rm(scratch, { recursive: true, force: true });
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-25).join('\n');
    throw new Error(`"${command}" in ${cwd} exited with ${String(code)}; the end of ${log}:\n${tail}`);
  }
  return { seconds, peakRssMb: Number.isFinite(peakKb) ? peakKb / 1024 : undefined };
}

/** Every file under a folder, with its size: what a build wrote. */
export async function filesUnder(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const sizes: { path: string; bytes: number }[] = [];
  // Stat in batches: tens of thousands of files, one at a time, is slow on a virtual disk.
  for (let start = 0; start < files.length; start += 256) {
    const batch = files.slice(start, start + 256);
    const stats = await Promise.all(batch.map((path) => stat(path)));
    batch.forEach((path, index) => sizes.push({ path, bytes: stats[index]?.size ?? 0 }));
  }
  return sizes;
}

/**
 * The seconds a search indexer that runs inside the build says it took, from the build's log: the last
 * line naming Pagefind or search with "in <seconds>s" (`[paper-archive:pagefind] Indexed 10000 pages for
 * search (of 10643 HTML files) in 12.3s.`).
 */
export function indexSecondsInLog(log: string): number | undefined {
  const lines = log.split('\n').filter((line) => /pagefind|search/i.test(line));
  for (const line of lines.reverse()) {
    const seconds = /\bin (\d+(?:\.\d+)?) ?s\b/.exec(line)?.[1];
    if (seconds !== undefined) return Number(seconds);
  }
  return undefined;
}
