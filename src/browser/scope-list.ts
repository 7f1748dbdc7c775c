// The scopes a search is narrowed to (a day, week or month listed, a month published, a repository owner), shown in
// the filter area as named constraints, each with its value in the form and a button that removes it. Links set
// them; the page offers no control for them, as each has hundreds or thousands of values.
import { readScope, SCOPE_KEYS, type ScopeKey } from '../lib/search-scope.ts';
import type { SearchState } from '../lib/search-state.ts';

/**
 * Lists the scopes `state` sets in `area`'s list, replacing those listed, and hides the area when there are none.
 * `removed` runs once a scope's item has left the form, with its neighbour's button, where the focus may go, if one
 * is left.
 */
export function showScopes(
  area: { box: HTMLElement; list: HTMLUListElement },
  state: Pick<SearchState, ScopeKey>,
  removed: (next: HTMLButtonElement | undefined) => void,
): void {
  const { box, list } = area;
  const items = SCOPE_KEYS.flatMap((key) => {
    const scope = state[key] === '' ? undefined : readScope(key, state[key]);
    if (scope === undefined) return [];
    const value = Object.assign(document.createElement('input'), { type: 'hidden', name: key, value: scope.value });
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Remove' });
    button.setAttribute('aria-label', `Remove: ${scope.label}`);
    const item = document.createElement('li');
    item.append(value, Object.assign(document.createElement('span'), { textContent: scope.label }), ' ', button);
    button.addEventListener('click', () => {
      const buttons = [...list.querySelectorAll('button')];
      const at = buttons.indexOf(button);
      item.remove();
      box.hidden = buttons.length === 1;
      removed(buttons[at + 1] ?? buttons[at - 1]);
    });
    return [item];
  });
  list.replaceChildren(...items);
  box.hidden = items.length === 0;
}
