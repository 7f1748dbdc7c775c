/**
 * The search filters only links set, never a control: the day, week or month a paper was listed, the month it was
 * published, and the owner of its code repository. Each has far too many values to offer as choices (hundreds of
 * days, thousands of owners), so a listing's page links its own value and the search page shows it as a named
 * constraint. Values are the ids the listings' own URLs use, read here by their shape and named for the reader.
 */
import { isRealDate } from '../model/digests/listing-date.ts';
import { ownerKey } from './code-repo-url.ts';
import { formatDate, formatDateRange, formatMonth } from './format.ts';
import { isoWeekOfId } from './iso-week.ts';
import { listedWhen } from './period-when.ts';

/**
 * The index's scope filters, which are also the URL parameters that hold them: a day listed (`2026-04-20`, as
 * `/digests/<date>/`), an ISO week listed (`2026-W17`, as `/weeks/<id>/`), a month listed (`2026-04`, as
 * `/months/<id>/`), a month published (`2025-09`, as `/dates/2025/09/`) and a repository owner
 * (`github.com/openai`, as `/repos/github.com/openai/`).
 */
export const SCOPE_KEYS = ['listed-day', 'listed-week', 'listed-month', 'month', 'owner'] as const;

/** A scope filter's name. */
export type ScopeKey = (typeof SCOPE_KEYS)[number];

/** A scope as the search applies it: its value in the index, and what the reader is told it is. */
export interface Scope {
  value: string;
  /** `Listed on Apr 20, 2026`, `Code by openai on github.com`. */
  label: string;
}

const MONTH_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** A repository owner's id in the index and in links: its host and its key, as in `/repos/<host>/<key>/`. */
export function ownerId(owner: { host: string; key: string }): string {
  return `${owner.host}/${owner.key}`;
}

/**
 * The scope a URL's value names, or `undefined` when the value does not have the shape of the site's ids for it
 * (`2026-13-01`, `2025-W53`). An owner is read whatever its case, as code hosts read owner names, and with or without
 * slashes at its ends. Whether the
 * archive holds a well-formed value is for the index to say.
 */
export function readScope(key: ScopeKey, value: string): Scope | undefined {
  switch (key) {
    case 'listed-day': {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return undefined;
      return { value, label: `Listed ${listedWhen.day(formatDate(value))}` };
    }
    case 'listed-week': {
      const week = isoWeekOfId(value);
      return week && { value, label: `Listed ${listedWhen.week(formatDateRange(week.monday, week.sunday))}` };
    }
    case 'listed-month': {
      const match = MONTH_ID.exec(value);
      return match
        ? { value, label: `Listed ${listedWhen.month(formatMonth(match[1] ?? '', match[2] ?? ''))}` }
        : undefined;
    }
    case 'month': {
      const match = MONTH_ID.exec(value);
      return match ? { value, label: `Published in ${formatMonth(match[1] ?? '', match[2] ?? '')}` } : undefined;
    }
    case 'owner': {
      // A link or a reader may write an owner as a path, with slashes at its ends.
      const [host = '', key = '', ...rest] = value
        .toLowerCase()
        .replace(/^\/+|\/+$/g, '')
        .split('/');
      if (rest.length > 0 || !HOST.test(host) || key === '' || ownerKey(key) !== key) return undefined;
      return { value: ownerId({ host, key }), label: `Code by ${key} on ${host}` };
    }
  }
}
