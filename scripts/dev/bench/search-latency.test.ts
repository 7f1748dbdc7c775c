import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchLatency } from './search-latency.ts';

let dist = '';
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'search-latency-'));
  await mkdir(join(dist, 'search'));
  // A search page whose results need one more request, made from a worker, as Pagefind's are.
  await writeFile(
    join(dist, 'worker.js'),
    `fetch('/results.json').then((response) => response.json()).then((titles) => postMessage(titles));`,
  );
  await writeFile(join(dist, 'results.json'), JSON.stringify(['Attention sinks']));
  await writeFile(
    join(dist, 'search', 'index.html'),
    `<!doctype html><p data-search-status>Loading</p><ol data-search-results></ol><script>
      new Worker('/worker.js').onmessage = ({ data }) => {
        const list = document.querySelector('ol');
        for (const title of data) list.append(Object.assign(document.createElement('li'), { textContent: title }));
        document.querySelector('p').textContent = data.length + ' found';
      };
    </script>`,
  );
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('searchLatency', () => {
  test('times a search link until its results show, every request of page and worker delayed', async () => {
    const latency = 400;
    const timed = await searchLatency(dist, '/', 'attention', {
      offline: false,
      latency,
      downloadThroughput: 1_000_000,
      uploadThroughput: 1_000_000,
    });
    expect(timed.status).toBe('1 found');
    expect(timed.requests).toBe(3);
    // The page, the worker's script and the worker's request, one after another.
    expect(timed.ms).toBeGreaterThan(3 * latency);
    expect(timed.ms).toBeLessThan(20 * latency);
  });
});
