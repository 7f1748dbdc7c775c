import slugify from '@sindresorhus/slugify';

/** Slugs become permanent URLs; 80 characters keeps them readable and inside every host's limits. */
export const MAX_SLUG_LENGTH = 80;
const FALLBACK = 'paper';

/**
 * The slug for a title (or a name): lowercase ASCII words joined by dashes, cut at a word boundary; `fallback` when
 * the text has nothing ASCII can spell (a title all in Chinese).
 */
export function slugForTitle(title: string, fallback = FALLBACK): string {
  const full = slugify(title) || fallback;
  if (full.length <= MAX_SLUG_LENGTH) return full;
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : full.slice(0, MAX_SLUG_LENGTH);
}

/** The first free slug for a title: `name`, then `name-2`, `name-3`, ... within the length limit. */
export function uniqueSlug(title: string, taken: ReadonlySet<string>, fallback = FALLBACK): string {
  const base = slugForTitle(title, fallback);
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter++) {
    const suffix = `-${counter}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
