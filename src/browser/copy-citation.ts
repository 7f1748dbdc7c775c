// On a paper page with a citation: "Copy BibTeX" copies the entry and says so, to the eye and to screen readers.
// The button stays hidden without this script and where a page cannot write to the clipboard (a page not served
// over HTTPS): the entry is still text to select and copy.

/** Says `text` in a status element, clearing it first so that saying the same thing twice is heard twice. */
function say(status: HTMLElement, text: string): void {
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = text;
  });
}

/** Selects an element's text, for the reader to copy when the page may not. */
function select(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function setUp(button: HTMLButtonElement): void {
  const entry = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (entry === null || status === null || status === undefined) return;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(entry.textContent).then(
      () => {
        say(status, 'BibTeX entry copied.');
      },
      () => {
        select(entry);
        say(status, 'The browser did not let the page copy. The entry is selected: copy it with your keyboard.');
      },
    );
  });
  button.hidden = false;
}

if (window.isSecureContext) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) setUp(button);
}
