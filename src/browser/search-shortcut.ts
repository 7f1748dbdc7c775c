// On every page: `/` puts the cursor in the search field, unless the reader is typing somewhere already.
// This is all the script a page carries for search; Pagefind loads on the search page only.

/** Whether keys pressed in this element are text being typed. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (isTyping(event.target)) return;
  const field = document.querySelector<HTMLInputElement>('input[data-search-shortcut]');
  if (field === null) return;
  event.preventDefault();
  field.focus();
  field.select();
});
