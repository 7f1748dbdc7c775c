// The search page's filter and sort controls: what they offer, and the count beside each choice. The page comes with
// the archive's counts; once a search runs, each choice shows how many of its results it would leave.
import { plural } from '../lib/format.ts';
import { FILTER_KEYS, SORT_ORDERS, type FilterKey, type Offered, type SortOrder } from '../lib/search-state.ts';

/** The filter controls, by filter. */
export type FilterControls = Record<FilterKey, HTMLSelectElement>;

/** Per filter, per value: how many papers a choice gives. */
export type ChoiceCounts = Partial<Record<FilterKey, Readonly<Record<string, number | undefined>>>>;

/** The choices of a control, leaving out its "any" choice, which has no value. */
function choices(select: HTMLSelectElement): HTMLOptionElement[] {
  return [...select.options].filter((option) => option.value !== '');
}

/** What the controls offer: each filter's choices, by value and by the name the reader sees, and the sorts. */
export function offeredBy(filters: FilterControls, sort: HTMLSelectElement): Offered {
  const offered = (key: FilterKey): Offered['filters'][FilterKey] =>
    choices(filters[key]).map((option) => ({ value: option.value, label: option.dataset.label ?? option.text }));
  const sorts: SortOrder[] = [...sort.options].flatMap((option) =>
    SORT_ORDERS.filter((order) => order === option.value),
  );
  return {
    filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, offered(key)])) as Offered['filters'],
    sorts,
  };
}

/**
 * Shows each choice's count: from `counts` (a value missing from them has none); the archive's, which came with
 * the page; or, while a search's are not known, none. A choice that would leave no paper is disabled, unless it is
 * the one chosen.
 */
export function showCounts(filters: FilterControls, counts: ChoiceCounts | 'archive' | 'unknown'): void {
  for (const key of FILTER_KEYS) {
    for (const option of choices(filters[key])) {
      const label = option.dataset.label ?? option.value;
      const count =
        counts === 'unknown'
          ? undefined
          : counts === 'archive'
            ? Number(option.dataset.count ?? 0)
            : (counts[key]?.[option.value] ?? 0);
      option.text = count === undefined ? label : `${label} (${plural(count, 'paper')})`;
      option.disabled = count === 0 && !option.selected;
    }
  }
}
