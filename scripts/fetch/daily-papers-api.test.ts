import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { fetchDailyPapers, FetchError, type ApiOptions } from './daily-papers-api.ts';
import { pageOf, startApiServer, type ApiServer, testApiOptions } from './fixtures/daily-papers-server.ts';

const ITEMS = JSON.parse(readFileSync('src/model/fixtures/daily-papers-2025-01-01.json', 'utf8')) as unknown[];
/** Five papers: the fixture's two, and three more of the same shape. */
const DAY = [...ITEMS, ...ITEMS, ITEMS[0]].map((item, index) => ({ ...(item as object), rank: index }));

let server: ApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(answer: Parameters<typeof startApiServer>[0]): Promise<ApiOptions> {
  server = await startApiServer(answer);
  return testApiOptions(server, 2);
}

async function fetchError(options: ApiOptions): Promise<FetchError> {
  const error = await fetchDailyPapers('2025-01-01', options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe('fetchDailyPapers', () => {
  test('reads every page of a day, asking as the Hub client does', async () => {
    const options = await serve((request) => pageOf(DAY, request));
    expect(await fetchDailyPapers('2025-01-01', options)).toEqual(DAY);
    expect(server?.requests.map(({ date, page, limit }) => ({ date, page, limit }))).toEqual([
      { date: '2025-01-01', page: 0, limit: 2 },
      { date: '2025-01-01', page: 1, limit: 2 },
      { date: '2025-01-01', page: 2, limit: 2 },
    ]);
    expect(server?.requests[0]?.userAgent).toBe('paper-archive-fetch');
  });

  test('ends a day whose last page is full with the empty page after it', async () => {
    const options = await serve((request) => pageOf(DAY.slice(0, 4), request));
    expect(await fetchDailyPapers('2025-01-01', options)).toHaveLength(4);
    expect(server?.requests).toHaveLength(3);
  });

  test('gives an empty list for a day without papers', async () => {
    const options = await serve(() => ({ status: 200, json: [] }));
    expect(await fetchDailyPapers('2025-01-01', options)).toEqual([]);
  });

  test('waits as long as a 429 says in Retry-After, then goes on', async () => {
    const retries: string[] = [];
    const options = await serve((request) =>
      request.count === 2 ? { status: 429, headers: { 'retry-after': '1' } } : pageOf(DAY, request),
    );
    expect(await fetchDailyPapers('2025-01-01', { ...options, onRetry: (message) => retries.push(message) })).toEqual(
      DAY,
    );
    const [first, limited, again] = server?.requests ?? [];
    expect(limited?.page).toBe(1);
    expect(again?.page).toBe(1);
    expect((again?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(first?.page).toBe(0);
    expect(retries).toEqual([
      `${options.endpoint}/api/daily_papers?date=2025-01-01&p=1&limit=2: HTTP 429 Too Many Requests; trying again (1 of 2)`,
    ]);
  });

  test('tries a 500 again with backoff, a bounded number of times, then says so', async () => {
    const options = await serve(() => ({ status: 500, text: 'oops' }));
    const error = await fetchError(options);
    expect(error.message).toBe(
      `${options.endpoint}/api/daily_papers?date=2025-01-01&p=0&limit=2: HTTP 500 Internal Server Error, 3 tries`,
    );
    expect(server?.requests).toHaveLength(3);
  });

  test('recovers when a 503 clears before the tries run out', async () => {
    const options = await serve((request) => (request.count <= 2 ? { status: 503 } : pageOf(DAY, request)));
    expect(await fetchDailyPapers('2025-01-01', options)).toEqual(DAY);
  });

  test('does not try a 404 again', async () => {
    const options = await serve(() => ({ status: 404, json: { error: 'Not Found' } }));
    expect((await fetchError(options)).message).toMatch(/p=0&limit=2: HTTP 404 Not Found$/);
    expect(server?.requests).toHaveLength(1);
  });

  test('gives up on a server that does not answer, after its tries', async () => {
    const options = await serve(() => ({ hang: true }));
    const error = await fetchError({ ...options, timeoutMs: 200, retries: 1 });
    expect(error.message).toMatch(/p=0&limit=2: no answer within 0\.2 s, 2 tries$/);
    expect(server?.requests).toHaveLength(2);
  });

  test('refuses an answer that is not JSON, or not a list', async () => {
    const broken = await serve(() => ({ status: 200, text: '[{"id": "2501.00663",' }));
    expect((await fetchError(broken)).message).toMatch(
      /p=0&limit=2: the answer is not JSON \(.*\); expected a list of papers$/,
    );
    await server?.close();
    const object = await serve(() => ({ status: 200, json: { error: 'Invalid date' } }));
    expect((await fetchError(object)).message).toMatch(/p=0&limit=2: the answer is object; expected a list of papers$/);
  });

  test('says so when nothing listens at the endpoint', async () => {
    const options = await serve(() => ({ status: 200, json: [] }));
    await server?.close();
    server = undefined;
    const error = await fetchError({ ...options, retries: 0 });
    expect(error.message).toMatch(/p=0&limit=2: could not connect \(ECONNREFUSED\)$/);
  });

  test('stops at a day that never ends', async () => {
    const options = await serve(() => ({ status: 200, json: DAY.slice(0, 2) }));
    expect((await fetchError({ ...options, maxPages: 3 })).message).toMatch(
      /p=2&limit=2 was page 3 of 2025-01-01 and still full; expected a day to end sooner$/,
    );
  });
});
