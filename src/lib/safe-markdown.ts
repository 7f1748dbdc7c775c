/**
 * Contributed Markdown (paper files) renders as text and links only: raw HTML shows as the text it is,
 * images become their alt text, and a link that is not http(s), mailto or relative is no link at all.
 * MDX is left alone here: contributed MDX (topics) is refused outright if it holds anything but Markdown
 * (untrusted-mdx-plugin.ts), and MDX under src/ is maintainers' code.
 */
import type { ElementContent, Text } from 'hast';
import type { HastPluginEntry, MdastPluginEntry, PluginFactoryContext } from 'satteri';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * True when following the URL cannot run code: http(s), mailto, or a relative reference. Browsers
 * ignore leading control characters and spaces, and tabs and newlines anywhere, so those are dropped
 * before the scheme is read (`java\tscript:` is `javascript:`).
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const normalised = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(normalised)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

/** Parents whose children are blocks: HTML there is block HTML. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

const onlyMarkdown =
  <T>(plugin: T) =>
  (context: PluginFactoryContext): T | null =>
    context.sourceFormat === 'markdown' ? plugin : null;

/** Before Markdown becomes HTML: raw HTML becomes text, images their alt text, unsafe links their text. */
export const safeMarkdownMdast: MdastPluginEntry = onlyMarkdown({
  name: 'paper-archive-safe-markdown',
  html(node, context) {
    const text = { type: 'text', value: node.value } as const;
    // Block HTML sits among paragraphs: keep its text in a paragraph of its own.
    const block = FLOW_PARENTS.has(context.parent(node).type);
    context.replaceNode(node, block ? { type: 'paragraph', children: [text] } : text);
  },
  image(node, context) {
    context.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  imageReference(node, context) {
    context.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  link(node, context) {
    if (!isSafeUrl(node.url)) context.replaceNode(node, [...node.children]);
  },
  definition(node, context) {
    if (!isSafeUrl(node.url)) context.setProperty(node, 'url', '');
  },
});

/** After Markdown becomes HTML, the last word: no raw HTML, no unsafe link target, no embedded media. */
export const safeMarkdownHast: HastPluginEntry = onlyMarkdown({
  name: 'paper-archive-safe-html',
  raw(node, context) {
    context.replaceNode(node, { type: 'text', value: node.value } satisfies Text);
  },
  element: {
    filter: ['a', 'img', 'iframe', 'script', 'style', 'object', 'embed', 'form', 'svg', 'math'],
    visit(node, context) {
      if (node.tagName === 'a') {
        const href = node.properties.href;
        if (href === undefined) return;
        if (typeof href !== 'string' || href === '' || !isSafeUrl(href)) {
          context.replaceNode(node, [...node.children] satisfies ElementContent[]);
          return;
        }
        return;
      }
      context.replaceNode(node, { type: 'text', value: context.textContent(node) } satisfies Text);
    },
  },
});
