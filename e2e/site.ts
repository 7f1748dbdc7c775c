// What the end-to-end tests know about the site under test: its base path, and facts from the real content.
import { readdirSync, readFileSync } from 'node:fs';
import { cleanLatex } from '../src/model/clean-latex.ts';
import { parseDigest } from '../src/model/digests/text-digest.ts';
import { titleKey } from '../src/model/paper-identity.ts';

/** The base path the site was built for (`BASE`), always with its slashes. */
export const BASE = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** A site path under the base path: `at('topics/')` is `/paper-archive/topics/` under that base. */
export function at(path: string): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/** The real digests, parsed by the content script's parser: each one's date and title identities in listing order. */
export function realDigests(): { date: string; keys: string[] }[] {
  return readdirSync('content/digests')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const file = `content/digests/${name}`;
      const digest = parseDigest(file, readFileSync(file, 'utf8'));
      return { date: digest.date, keys: digest.entries.map((entry) => titleKey(cleanLatex(entry.title))) };
    });
}

export { titleKey };
