// Where an offset in a text is, as a line number for messages: the one rule every reader of content uses for it.

/** The 1-based line of each offset in `text`: the lines' starts are found once, so each lookup after costs little. */
export function lineLookup(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The 1-based line of one offset in `text`. */
export function lineAt(text: string, offset: number): number {
  return lineLookup(text)(offset);
}
