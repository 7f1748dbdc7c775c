/**
 * A paper's abstract, rendered, with the breaks the search index reads after the dashes that join two words
 * (`dash-breaks.ts`): a hidden element holding {@link INDEX_BREAK}, which the reader never sees and Pagefind, which
 * reads the HTML and not what a browser shows, takes as a space. Only paper files (Markdown) get them: they are
 * what the index holds.
 */
import type { Element, Text } from 'hast';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import { INDEX_BREAK_ELEMENT, indexPieces } from './dash-breaks.ts';

/** The one break element (`dash-breaks.ts`), as a node of the HTML tree. */
function indexBreakElement(): Element {
  const { tagName, attributes, text } = INDEX_BREAK_ELEMENT;
  return { type: 'element', tagName, properties: { ...attributes }, children: [{ type: 'text', value: text }] };
}

/** After Markdown becomes HTML: each text with a break in it becomes its pieces, a break between each two. */
export const indexBreaksHast: HastPluginEntry = (context: PluginFactoryContext) =>
  context.sourceFormat === 'markdown'
    ? {
        name: 'paper-archive-index-breaks',
        text(node, visit) {
          const pieces = indexPieces(node.value);
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
