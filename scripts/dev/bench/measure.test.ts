import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { filesUnder, indexSecondsInLog, measure, treeRssKb } from './measure.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-measure-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('treeRssKb', () => {
  test('sums a process and all its descendants, and no one else', () => {
    const processes = [
      { pid: 1, ppid: 0, rssKb: 5 },
      { pid: 10, ppid: 1, rssKb: 100 },
      { pid: 11, ppid: 10, rssKb: 1000 },
      { pid: 12, ppid: 11, rssKb: 20 },
      { pid: 13, ppid: 1, rssKb: 7 },
    ];
    expect(treeRssKb(10, processes)).toBe(1120);
    expect(treeRssKb(12, processes)).toBe(20);
    expect(treeRssKb(99, processes)).toBe(0);
  });
});

describe('measure', () => {
  test('runs a command in the folder, logs its output and reports its peak memory', async () => {
    const log = join(dir, 'stage.log');
    const cost = await measure('pwd; echo done', dir, process.env, log);
    expect(await readFile(log, 'utf8')).toBe(`${dir}\ndone\n`);
    expect(cost.seconds).toBeGreaterThan(0);
    if (existsSync('/usr/bin/time')) expect(cost.peakRssMb).toBeGreaterThan(0);
  });

  test('counts the memory of a process the command starts and kills without waiting for it', async () => {
    // The process says when it holds the memory, and is kept a while after that, for a few samples: a fixed wait
    // from its start could all go on starting Node, on a busy machine.
    const holding = join(dir, 'holding');
    const hold = `${JSON.stringify(process.execPath)} -e "globalThis.b = Buffer.alloc(300 * 2 ** 20, 1); require('node:fs').writeFileSync('${holding}', ''); setTimeout(() => {}, 60000)"`;
    const waitForIt = `until [ -e '${holding}' ] || ! kill -0 $! 2>/dev/null; do sleep 0.05; done`;
    const cost = await measure(`${hold} & ${waitForIt}; sleep 1; kill $!`, dir, process.env, join(dir, 'stage.log'));
    expect(cost.peakRssMb).toBeGreaterThan(250);
  });

  test('fails on a non-zero exit, quoting the end of the log', async () => {
    await expect(measure('echo broken; exit 3', dir, process.env, join(dir, 'stage.log'))).rejects.toThrow(
      /"echo broken; exit 3" in .* exited with 3; the end of .*stage\.log:\nbroken/,
    );
  });
});

describe('filesUnder', () => {
  test('lists every file below a folder with its size', async () => {
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'index.html'), '<p>hi</p>');
    await writeFile(join(dir, 'top.css'), 'p{}');
    const files = (await filesUnder(dir)).sort((x, y) => x.path.localeCompare(y.path));
    expect(files).toEqual([
      { path: join(dir, 'a', 'b', 'index.html'), bytes: 9 },
      { path: join(dir, 'top.css'), bytes: 3 },
    ]);
  });
});

describe('indexSecondsInLog', () => {
  test('reads the time a search integration logged during the build', () => {
    const log = [
      '09:41:07 [build] 10643 page(s) built in 61.20s',
      '09:41:19 [paper-archive:pagefind] Indexed 10000 pages for search (of 10643 HTML files) in 12.3s.',
      '09:41:19 [build] Complete!',
    ].join('\n');
    expect(indexSecondsInLog(log)).toBe(12.3);
  });

  test('finds nothing in a log without such a line', () => {
    expect(indexSecondsInLog('09:41:07 [build] 10643 page(s) built in 61.20s')).toBeUndefined();
  });
});
