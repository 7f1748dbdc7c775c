import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one stage of the pipeline cost. */
export interface StageCost {
  seconds: number;
  /**
   * Peak resident memory of the stage, in MB: the most its processes held at once, summed (the build and the
   * Pagefind indexer it starts run side by side), or the largest single process GNU time saw, whichever is
   * more; undefined where neither can be measured.
   */
  peakRssMb: number | undefined;
}

/** One process as /proc shows it. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  rssKb: number;
}

/** The resident memory of `root` and every process descended from it, in KB. */
export function treeRssKb(root: number, processes: readonly ProcessInfo[]): number {
  const children = new Map<number, ProcessInfo[]>();
  for (const info of processes) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
  let total = processes.find((info) => info.pid === root)?.rssKb ?? 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    for (const child of children.get(pid) ?? []) {
      total += child.rssKb;
      pending.push(child.pid);
    }
  }
  return total;
}

/** Every process's parent and resident memory, from /proc (empty where there is no /proc). */
async function readProcesses(): Promise<ProcessInfo[]> {
  const pids = (await readdir('/proc').catch(() => [])).filter((name) => /^\d+$/.test(name));
  const infos = await Promise.all(
    pids.map(async (pid): Promise<ProcessInfo | undefined> => {
      try {
        const [stat, status] = await Promise.all([
          readFile(`/proc/${pid}/stat`, 'utf8'),
          readFile(`/proc/${pid}/status`, 'utf8'),
        ]);
        // The command name in parentheses may hold spaces: the fields after it are what count.
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
        return { pid: Number(pid), ppid, rssKb };
      } catch {
        return undefined; // it ended while being read
      }
    }),
  );
  return infos.filter((info) => info !== undefined);
}

/** Samples the memory of a process tree until stopped; resolves to the most it held at once, in KB. */
function sampleTree(root: number, everyMs = 200): { stop: () => Promise<number> } {
  let peak = 0;
  const stopped = new AbortController();
  const loop = (async () => {
    while (!stopped.signal.aborted) {
      peak = Math.max(peak, treeRssKb(root, await readProcesses()));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      stopped.abort();
      await loop;
      return peak;
    },
  };
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a shell command in `cwd` and measures its wall time and its peak memory: the process tree sampled
 * from /proc (processes a child starts and kills, as the build does Pagefind's, escape GNU time), and the
 * largest process GNU time saw. The command's output goes to `log`; a
 * non-zero exit is an error that quotes the end of that log.
 */
export async function measure(command: string, cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<StageCost> {
  const scratch = await mkdtemp(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  let sampler: { stop: () => Promise<number> } | undefined;
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      timed ? GNU_TIME : 'sh',
      timed
        ? ['-f', '%M', '-o', timeFile, 'sh', '-c', `(${command}) >>'${log}' 2>&1`]
        : ['-c', `(${command}) >>'${log}' 2>&1`],
      { cwd, env, stdio: 'inherit' },
    );
    if (child.pid !== undefined) sampler = sampleTree(child.pid);
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const sampledKb = (await sampler?.stop()) ?? 0;
  const timeKb = timed ? Number((await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1)) : NaN;
  const peakKb = Math.max(Number.isFinite(timeKb) ? timeKb : 0, sampledKb) || NaN;
  await rm(scratch, { recursive: true, force: true });
  if (code !== 0) {
    const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-25).join('\n');
    throw new Error(`"${command}" in ${cwd} exited with ${code}; the end of ${log}:\n${tail}`);
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
 * line naming Pagefind or search with "in <seconds>s" (`[paper-archive:pagefind] Indexed <pages> pages for
 * search (of <files> HTML files) in <seconds>s.`).
 */
export function indexSecondsInLog(log: string): number | undefined {
  const lines = log.split('\n').filter((line) => /pagefind|search/i.test(line));
  for (const line of lines.reverse()) {
    const seconds = /\bin (\d+(?:\.\d+)?) ?s\b/.exec(line)?.[1];
    if (seconds !== undefined) return Number(seconds);
  }
  return undefined;
}
