import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/model/digests/parse-digest.ts';
import type { ApiOptions } from './daily-papers-api.ts';
import { fetchDays } from './fetch-days.ts';
import {
  pageOf,
  startApiServer,
  type ApiServer,
  type Reply,
  type ApiRequest,
  testApiOptions,
} from './fixtures/daily-papers-server.ts';

const ITEMS = JSON.parse(await readFile('src/model/fixtures/daily-papers-2025-01-01.json', 'utf8')) as object[];
/** A day of three papers, so that pages of two make two pages. */
const DAY = [...ITEMS, { ...ITEMS[0], paper: { ...(ITEMS[0] as { paper: object }).paper, id: '2501.00664' } }];

let root: string;
let server: ApiServer | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'fetch-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(root, { recursive: true, force: true });
});

async function serve(answer: (request: ApiRequest) => Reply): Promise<ApiOptions> {
  server = await startApiServer(answer);
  return testApiOptions(server, 1);
}

function run(days: string[], api: ApiOptions): ReturnType<typeof fetchDays> {
  return fetchDays({ days, digestsDir: root, shownDir: 'digests', api });
}

describe('fetchDays', () => {
  test("saves a day's answer, every page of it, as a digest the archive reads", async () => {
    const api = await serve((request) => pageOf(DAY, request));
    expect(await run(['2025-01-01'], api)).toEqual([
      { day: '2025-01-01', status: 'new', file: 'digests/2025-01-01.json', papers: 3 },
    ]);
    const saved = await readFile(join(root, '2025-01-01.json'));
    expect(JSON.parse(saved.toString())).toEqual(DAY);
    const digest = parseDigest('digests/2025-01-01.json', saved);
    expect(digest.entries.map((entry) => entry.arxiv)).toEqual(['2501.00663', '2112.10752', '2501.00664']);
    expect(await readdir(root)).toEqual(['2025-01-01.json']);
  });

  test('says unchanged when the day is as saved, and updated when its counts moved', async () => {
    let day = DAY;
    const api = await serve((request) => pageOf(day, request));
    await run(['2025-01-01'], api);
    expect((await run(['2025-01-01'], api))[0]?.status).toBe('unchanged');
    day = DAY.map((item) => ({ ...item, numComments: 9 }));
    expect((await run(['2025-01-01'], api))[0]?.status).toBe('updated');
    expect(await readFile(join(root, '2025-01-01.json'), 'utf8')).toContain('"numComments": 9');
  });

  test('writes nothing for a day without papers', async () => {
    const api = await serve(() => ({ status: 200, json: [] }));
    expect(await run(['2025-01-04'], api)).toEqual([{ day: '2025-01-04', status: 'empty' }]);
    expect(await readdir(root)).toEqual([]);
  });

  test('writes nothing for an answer the archive cannot read, and says where it is wrong', async () => {
    const broken = DAY.map((item, index) => (index === 1 ? { ...item, numComments: 'many' } : item));
    const api = await serve((request) => pageOf(broken, request));
    const [result] = await run(['2025-01-01'], api);
    expect(result).toEqual({
      day: '2025-01-01',
      status: 'failed',
      reason: expect.stringMatching(
        /^the answer is not one the archive can read, so nothing was written: digests\/2025-01-01\.json:\d+: \[1\]\.numComments: expected a number, found a text$/,
      ) as unknown,
    });
    expect(await readdir(root)).toEqual([]);
  });

  test('leaves the saved day as it was when the API fails', async () => {
    await writeFile(join(root, '2025-01-01.json'), `${JSON.stringify(ITEMS, null, 2)}\n`);
    const api = await serve(() => ({ status: 500 }));
    const [result] = await run(['2025-01-01'], api);
    expect(result).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/HTTP 500 Internal Server Error, 2 tries$/) as unknown,
    });
    expect(await readFile(join(root, '2025-01-01.json'), 'utf8')).toBe(`${JSON.stringify(ITEMS, null, 2)}\n`);
    expect(await readdir(root)).toEqual(['2025-01-01.json']);
  });

  test('skips a day another digest already lists, without asking the API', async () => {
    await cp('content/digests/002_07ad6c0b32a76128.txt', join(root, '002_07ad6c0b32a76128.txt'));
    const api = await serve((request) => pageOf(DAY, request));
    expect(await run(['2026-02-16'], api)).toEqual([
      {
        day: '2026-02-16',
        status: 'skipped',
        reason: 'digests/002_07ad6c0b32a76128.txt already lists 2026-02-16; one day has one digest',
      },
    ]);
    expect(server?.requests).toEqual([]);
  });

  test('goes through a range day by day: a failed day writes nothing and the rest go on', async () => {
    const api = await serve((request) => {
      if (request.date === '2025-01-02') return { status: 200, json: [] };
      if (request.date === '2025-01-03') return { status: 404 };
      return pageOf(DAY, request);
    });
    const results = await run(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04'], api);
    expect(results.map(({ day, status }) => [day, status])).toEqual([
      ['2025-01-01', 'new'],
      ['2025-01-02', 'empty'],
      ['2025-01-03', 'failed'],
      ['2025-01-04', 'new'],
    ]);
    expect(await readdir(root)).toEqual(['2025-01-01.json', '2025-01-04.json']);
  });
});

describe('npm run fetch', () => {
  // Run asynchronously: the test's server answers from this process, so it must not be blocked waiting.
  const fetchCli = (args: string[], endpoint: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['scripts/fetch.ts', ...args, '--digests', root],
        { encoding: 'utf8', env: { ...process.env, HF_ENDPOINT: endpoint }, timeout: 30_000 },
        (error, stdout, stderr) => {
          resolve({ status: error === null ? 0 : (error.code as number | null), stdout, stderr });
        },
      );
    });

  test('asks HF_ENDPOINT, saves the day and says what it wrote', async () => {
    const api = await serve((request) => pageOf(DAY, request));
    const result = await fetchCli(['--date', '2025-01-01'], api.endpoint);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `2025-01-01: 3 papers, ${relative(process.cwd(), join(root, '2025-01-01.json'))} (new)\n`,
    );
    expect(result.status).toBe(0);
    expect(server?.requests.map((request) => request.limit)).toEqual([100]);
  });

  test('exits 1 naming the day and the failure, and 2 for a day that is not one', async () => {
    const api = await serve(() => ({ status: 404 }));
    const failed = await fetchCli(['--from', '2025-01-01', '--to', '2025-01-02'], api.endpoint);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('2025-01-01: failed: ');
    expect(failed.stderr).toContain('date=2025-01-02&p=0&limit=100: HTTP 404 Not Found\n');
    expect(failed.stdout).toBe('fetch: 2 days: 2 failed\n');
    const wrong = await fetchCli(['--date', '2025-13-01'], api.endpoint);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^fetch: --date 2025-13-01 is not a day; expected YYYY-MM-DD/);
  });
});
