import type { CDPSession } from '@playwright/test';
import { launchChromium } from './launch-chromium.ts';
import { serveStatic } from '../../shared/static-host.ts';

/** Network conditions as Chromium's DevTools protocol takes them (`Network.emulateNetworkConditions`). */
export interface NetworkConditions {
  offline: boolean;
  /** Round-trip time added to every request, in milliseconds. */
  latency: number;
  /** Bytes a second. */
  downloadThroughput: number;
  uploadThroughput: number;
}

/** DevTools' "Fast 3G" preset: 562.5 ms round trips, about 1.44 Mbit/s down and 675 kbit/s up. */
export const FAST_3G: NetworkConditions = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};

/** How long a reader who opens a search link waits for its results. */
export interface SearchLatency {
  query: string;
  /** From the start of the navigation to the first results in the list, no search running. */
  ms: number;
  /** The status line then. */
  status: string;
  /** Requests to the host by then, and the kilobytes they carried. */
  requests: number;
  kb: number;
}

/**
 * Serves `dist` as a static host would, opens `search/?q=<query>` in Chromium under `network` (applied to the page
 * and to any worker it starts, as Pagefind searches in one) with an empty cache, and times the navigation until
 * the search page shows results: a first item in its results list, and a status that no longer says it is loading
 * or searching.
 */
export async function searchLatency(
  dist: string,
  base: string,
  query: string,
  network: NetworkConditions = FAST_3G,
): Promise<SearchLatency> {
  const served: { bytes: number }[] = [];
  const host = await serveStatic(dist, base, { served: (request) => served.push(request) });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await throttle(await context.newCDPSession(page), network);
    const url = `${host.origin}${base}search/?${new URLSearchParams({ q: query }).toString()}`;
    await page.goto(url, { waitUntil: 'commit' });
    // Polled on every frame; performance.now() counts from the start of the navigation.
    const shown = await page.waitForFunction(
      () => {
        const result = document.querySelector('ol[data-search-results] > li');
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return result !== null && !/Loading|Searching/.test(status) ? performance.now() : false;
      },
      undefined,
      { timeout: 120_000 },
    );
    const ms = Number(await shown.jsonValue());
    const status = (await page.locator('[data-search-status]').textContent())?.trim() ?? '';
    return {
      query,
      ms,
      status,
      requests: served.length,
      kb: served.reduce((sum, request) => sum + request.bytes, 0) / 1024,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}

/**
 * Applies `network` to the page's requests and to every worker's: each worker is held at its start until it is
 * throttled too. Chromium applies a page's conditions to its dedicated workers as well, but a worker's own session
 * is throttled anyway, so the measurement does not depend on that.
 */
async function throttle(session: CDPSession, network: NetworkConditions): Promise<void> {
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', network);
  let id = 0;
  session.on('Target.attachedToTarget', ({ sessionId, waitingForDebugger }) => {
    const send = (method: string, params: object = {}): Promise<unknown> =>
      session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: (id += 1), method, params }),
      });
    void (async () => {
      await send('Network.enable');
      await send('Network.emulateNetworkConditions', network);
      if (waitingForDebugger) await send('Runtime.runIfWaitingForDebugger');
    })();
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}
