import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { Segment } from '../../src/model/normalize-links.ts';

/** Frontmatter fields in the order a paper file lists them. */
export interface PaperFrontmatter {
  title: string;
  listed_title: string;
  published?: string;
  authors?: number;
  organization?: { id: string; name: string };
  appearances: { digest: string; comments: number }[];
  comments: number;
  repos: string[];
  links: string[];
  topics: string[];
}

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/** YAML as the paper files hold it: YAML 1.1 (like Astro's reader), no folding of long titles. */
export function frontmatterYaml(data: object): string {
  return stringify(data, { version: '1.1', lineWidth: 0, minContentWidth: 0 });
}

/** A paper file: YAML frontmatter, then the abstract as one paragraph, URLs as links. Built as a tree, so nothing in the text becomes markup. */
export function paperToMarkdown(frontmatter: PaperFrontmatter, abstract: readonly Segment[]): string {
  const root: Root = { type: 'root', children: [{ type: 'yaml', value: frontmatterYaml(frontmatter).trimEnd() }] };
  if (abstract.length > 0) root.children.push(abstractParagraph(abstract));
  return processor.stringify(root);
}

function abstractParagraph(segments: readonly Segment[]): Paragraph {
  const children = segments.map((segment): PhrasingContent =>
    segment.type === 'text'
      ? { type: 'text', value: segment.value }
      : { type: 'link', url: segment.url, children: [{ type: 'text', value: segment.url }] },
  );
  return { type: 'paragraph', children };
}
