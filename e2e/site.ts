// What the end-to-end tests know about the site under test: its base path, and facts from the real content.
import { readdirSync, readFileSync } from 'node:fs';
import { isDigestFile, parseDigest } from '../src/model/digests/parse-digest.ts';
import { listedPaper, titleKey } from '../src/model/paper-identity.ts';

/** The base path the site was built for (`BASE`), always with its slashes. */
export const BASE = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A site path under the base path: `at('topics/')` is `/paper-archive/topics/` under that base. */
export function at(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The real digests, parsed by the content script's parser: each one's date and title identities in listing order. */
export function realDigests(): { date: string; keys: string[] }[] {
  return readdirSync('content/digests')
    .filter(isDigestFile)
    .map((name) => {
      const file = `content/digests/${name}`;
      const digest = parseDigest(file, readFileSync(file));
      return { date: digest.date, keys: digest.entries.map((entry) => listedPaper(entry.title).key) };
    });
}

export { titleKey };
