import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, test } from 'vitest';
import { SKIP, walkTree } from './walk-tree.ts';

/** Each node's type and, where it has one, its value: the walk as a list. */
function walked(tree: Nodes, visit: (node: Nodes) => typeof SKIP | undefined = () => undefined): string[] {
  const seen: string[] = [];
  walkTree(tree, (node) => {
    seen.push('value' in node ? `${node.type} ${node.value}` : node.type);
    return visit(node);
  });
  return seen;
}

describe('walkTree', () => {
  test('visits every node once, each before its children, in the order of the document', () => {
    const tree = fromMarkdown('See [the *code*](https://github.com/CompVis/latent-diffusion).\n\n> quoted');
    expect(walked(tree)).toEqual([
      'root',
      'paragraph',
      'text See ',
      'link',
      'text the ',
      'emphasis',
      'text code',
      'text .',
      'blockquote',
      'paragraph',
      'text quoted',
    ]);
  });

  test('leaves out the children of a node whose visitor says SKIP, and nothing else', () => {
    const tree = fromMarkdown('See [the *code*](https://github.com/CompVis/latent-diffusion).\n\n> quoted');
    expect(walked(tree, (node) => (node.type === 'link' ? SKIP : undefined))).toEqual([
      'root',
      'paragraph',
      'text See ',
      'link',
      'text .',
      'blockquote',
      'paragraph',
      'text quoted',
    ]);
  });

  test('walks MDX elements nested on one line deeper than a recursive walk can go', () => {
    const depth = 20_000;
    const tree = fromMarkdown(`${'<b>'.repeat(depth)}deep${'</b>'.repeat(depth)}\n`, {
      extensions: [mdxjs()],
      mdastExtensions: [mdxFromMarkdown()],
    });
    const seen = walked(tree);
    expect(seen.filter((type) => type === 'mdxJsxTextElement')).toHaveLength(depth);
    expect(seen.at(-1)).toBe('text deep');
  });
});
