// The Hub's daily papers API, read page by page: `GET {endpoint}/api/daily_papers?date=YYYY-MM-DD&p=N&limit=M`, as the
// Hub's own client (`HfApi.list_daily_papers`) asks it. Retries, backoff and `Retry-After` are ky's.
import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';

/** The endpoint the Hub's client uses unless `HF_ENDPOINT` names another (a mirror, or a test server). */
export const DEFAULT_ENDPOINT = 'https://huggingface.co';

export interface ApiOptions {
  /** `https://huggingface.co`, or what `HF_ENDPOINT` says. */
  endpoint: string;
  /** How long one request may take to answer, in milliseconds. */
  timeoutMs: number;
  /** How many times a failed request is tried again: on a timeout, a network error, 408, 429 and 5xx. */
  retries: number;
  /** The first wait before trying again, in milliseconds; it doubles each time, up to `maxWaitMs`. */
  backoffMs: number;
  /** The longest wait between tries, a server's `Retry-After` included. */
  maxWaitMs: number;
  /** Papers asked for per page. */
  pageSize: number;
  /** Pages read at most for one day: a server that never ends a day is an error, not a loop. */
  maxPages: number;
  /** Told of each retry, for progress. */
  onRetry?: (message: string) => void;
}

/** The settings `npm run fetch` uses: patient with a busy Hub, bounded in how long a day can take. */
export const FETCH_DEFAULTS: Omit<ApiOptions, 'endpoint'> = {
  timeoutMs: 30_000,
  retries: 4,
  backoffMs: 1_000,
  maxWaitMs: 60_000,
  pageSize: 100,
  maxPages: 50,
};

/** The API could not give a day's answer: the message says what was asked and what went wrong. */
export class FetchError extends Error {
  override name = 'FetchError';
}

/** Every paper the API lists for `date`, every page of it, as the API gave them. */
export async function fetchDailyPapers(date: string, options: ApiOptions): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 0; page < options.maxPages; page++) {
    const answer = await fetchPage(date, page, options);
    items.push(...answer);
    // A short page is the last one.
    if (answer.length < options.pageSize) return items;
  }
  throw new FetchError(
    `${pageUrl(date, options.maxPages - 1, options)} was page ${options.maxPages} of ${date} and still full; expected a day to end sooner`,
  );
}

async function fetchPage(date: string, page: number, options: ApiOptions): Promise<unknown[]> {
  const url = pageUrl(date, page, options);
  const attempts = options.retries + 1;
  let text: string;
  try {
    text = await ky
      .get(url, {
        timeout: options.timeoutMs,
        headers: { accept: 'application/json', 'user-agent': 'paper-archive-fetch' },
        retry: {
          limit: options.retries,
          retryOnTimeout: true,
          delay: (attempt) => options.backoffMs * 2 ** (attempt - 1),
          backoffLimit: options.maxWaitMs,
          maxRetryAfter: options.maxWaitMs,
        },
        hooks: {
          beforeRetry: [
            ({ error, retryCount }) => {
              options.onRetry?.(
                `${url}: ${failure(error, options)}; trying again (${retryCount} of ${options.retries})`,
              );
            },
          ],
        },
      })
      .text();
  } catch (error) {
    throw new FetchError(`${url}: ${failure(error, options)}${retried(error, attempts)}`, { cause: error });
  }
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch (error) {
    throw new FetchError(`${url}: the answer is not JSON (${(error as Error).message}); expected a list of papers`, {
      cause: error,
    });
  }
  if (!Array.isArray(answer)) {
    throw new FetchError(
      `${url}: the answer is ${answer === null ? 'null' : typeof answer}; expected a list of papers`,
    );
  }
  return answer as unknown[];
}

function pageUrl(date: string, page: number, options: ApiOptions): string {
  const url = new URL('api/daily_papers', `${options.endpoint.replace(/\/+$/, '')}/`);
  url.search = new URLSearchParams({ date, p: String(page), limit: String(options.pageSize) }).toString();
  return url.toString();
}

/** What went wrong with one try, in a reader's words. */
function failure(error: unknown, options: ApiOptions): string {
  if (isHTTPError(error))
    return `HTTP ${error.response.status}${error.response.statusText ? ` ${error.response.statusText}` : ''}`;
  if (isTimeoutError(error)) return `no answer within ${options.timeoutMs / 1000} s`;
  if (isNetworkError(error)) return `could not connect (${causeOf(error)})`;
  return String(error);
}

/** Whether the failure was tried again before giving up: a 4xx other than 408/429 is final at once. */
function retried(error: unknown, attempts: number): string {
  const retriable = !isHTTPError(error) || [408, 429].includes(error.response.status) || error.response.status >= 500;
  return retriable && attempts > 1 ? `, ${attempts} tries` : '';
}

function causeOf(error: Error): string {
  const cause = error.cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ?? causeOf(cause);
  }
  return error.message;
}
