/**
 * A paper's abstract, rendered, with the breaks the search index reads after the dashes that join two words
 * (`dash-breaks.ts`): a hidden element holding {@link INDEX_BREAK}, which the reader never sees and Pagefind, which
 * reads the HTML and not what a browser shows, takes as a space. Only paper files (Markdown) get them: they are
 * what the index holds.
 */
import type { Element, Text } from 'hast';
import type { HastPluginEntry, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { INDEX_BREAK_ELEMENT, indexPiecesAmong } from './dash-breaks.ts';

/** The one break element (`dash-breaks.ts`), as a node of the HTML tree. */
function indexBreakElement(): Element {
  const { tagName, attributes, text } = INDEX_BREAK_ELEMENT;
  return { type: 'element', tagName, properties: { ...attributes }, children: [{ type: 'text', value: text }] };
}

/**
 * The elements text runs on through in a block: those Markdown makes of emphasis, strikethrough, links and code
 * (a paper file has no raw HTML, `safe-markdown.ts`). A line break is not one of them.
 */
const PHRASING = new Set(['a', 'code', 'del', 'em', 'strong']);

/**
 * The text next to `node` in its block, before it (`direction` -1) or after it (1), across the inline elements
 * around it, up to the first whitespace: the words it may share with the text beside it (`**KV**-cache`). A block
 * or a line break ends it.
 */
function besideText(node: Readonly<Text | Element>, context: HastVisitorContext, direction: -1 | 1): string {
  let text = '';
  let current: Readonly<Text | Element> = node;
  for (;;) {
    const parent = context.parent(current);
    const index = context.indexOf(current);
    if (index === undefined) return text;
    for (let at = index + direction; at >= 0 && at < parent.children.length; at += direction) {
      const sibling = parent.children[at];
      if (sibling?.type === 'element' && !PHRASING.has(sibling.tagName)) return text;
      const value =
        sibling?.type === 'text' ? sibling.value : sibling?.type === 'element' ? context.textContent(sibling) : '';
      text = direction === -1 ? value + text : text + value;
      if (/\s/.test(value)) return text;
    }
    if (parent.type !== 'element' || !PHRASING.has(parent.tagName)) return text;
    current = parent;
  }
}

/**
 * After Markdown becomes HTML: each text with a break in it becomes its pieces, a break between each two. Whether a
 * dash breaks a word is read with the text around it in its block, so that `**KV**-cache` and `KV-*cache*` break
 * as `KV-cache` does, as the words written together (`search-meta.ts`), read from the plain text, say they do.
 */
export const indexBreaksHast: HastPluginEntry = (context: PluginFactoryContext) =>
  context.sourceFormat === 'markdown'
    ? {
        name: 'paper-archive-index-breaks',
        text(node, visit) {
          if (!/\p{Pd}/u.test(node.value)) return;
          const pieces = indexPiecesAmong(besideText(node, visit, -1), node.value, besideText(node, visit, 1));
          if (pieces.length < 2) return;
          visit.replaceNode(
            node,
            pieces.flatMap((value, index) => [
              ...(index === 0 ? [] : [indexBreakElement()]),
              ...(value === '' ? [] : [{ type: 'text', value } satisfies Text]),
            ]),
          );
        },
      }
    : null;
