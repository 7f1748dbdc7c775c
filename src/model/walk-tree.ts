// A syntax tree of contributed Markdown or MDX, walked with a stack of its own rather than by recursion (as
// unist-util-visit walks), so no tree is too deep to walk. nesting-depth.ts bounds what it counts (quotes, lists,
// emphasis) before anything parses, but not MDX elements inside one another on one line (`<a><a><a>…`), which a topic
// file within its size limit can nest deeper than the call stack goes.
import type { Nodes } from 'mdast';

/** What a visitor returns to leave the children of the node it was given unvisited. */
export const SKIP = 'skip';

/** Visits `tree` and every node in it once, each before its children, in the order of the document. */
export function walkTree(tree: Nodes, visit: (node: Nodes) => typeof SKIP | undefined): void {
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (visit(node) === SKIP || !('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index] as Nodes);
  }
}
