// Contributed MDX (topic files) is data: Markdown, and the site's own components with literal attributes. MDX is
// JavaScript, so anything else (import, export, `{expressions}`, HTML or script elements, event handlers) would run
// at build time or in a reader's browser; it is refused before MDX compiles it.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { ContentError } from './content-error.ts';
import { restLine, splitFrontmatter } from './frontmatter.ts';
import { markdownNestingProblem } from './nesting-depth.ts';
import { SKIP, walkTree } from './walk-tree.ts';

/**
 * The components the site provides for contributed MDX, by name: none yet. A component added here must render its
 * attributes as data, never as markup or code.
 */
export const CONTENT_COMPONENTS: ReadonlySet<string> = new Set<string>();

/** Something in a contributed MDX file that is not data, with its line. */
export interface MdxProblem {
  line: number | undefined;
  message: string;
}

/** Every part of an MDX file that would be code rather than data; none for Markdown and the site's components. */
export function mdxProblems(source: string): MdxProblem[] {
  const { markdown, firstLine } = afterFrontmatter(source);
  const deep = markdownNestingProblem(markdown);
  if (deep) return [{ line: deep.line + firstLine - 1, message: deep.message }];
  let tree;
  try {
    tree = fromMarkdown(source, {
      extensions: [frontmatter(['yaml']), mdxjs()],
      mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown()],
    });
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ line, message: `is not valid MDX (${reason ?? String(error)}); expected Markdown` }];
  }
  const problems: MdxProblem[] = [];
  walkTree(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          message: '`import` and `export` run code when the site is built; expected Markdown only',
        });
        return SKIP;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line,
          message: `"{${clip(node.value)}}" is a JavaScript expression; expected Markdown only (write \\{ for a brace)`,
        });
        return SKIP;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!CONTENT_COMPONENTS.has(name)) {
          problems.push({
            line,
            message: `<${name}> is not a component the site provides for content; expected Markdown only (HTML, scripts and styles are not allowed)`,
          });
          return SKIP;
        }
        for (const attribute of node.attributes) {
          if (
            attribute.type === 'mdxJsxExpressionAttribute' ||
            (typeof attribute.value !== 'string' && attribute.value !== null && attribute.value !== undefined)
          ) {
            problems.push({
              line,
              message: `<${name}> has an attribute computed by code; expected literal values only`,
            });
          } else if (/^on/i.test(attribute.name)) {
            problems.push({ line, message: `<${name}> has an event handler (${attribute.name}); expected none` });
          }
        }
        break;
      }
      default:
        break;
    }
    return undefined;
  });
  return problems;
}

/** The Markdown after the frontmatter, if there is any, and the line of the file it starts on. */
function afterFrontmatter(source: string): { markdown: string; firstLine: number } {
  try {
    const { rest } = splitFrontmatter('', source);
    return { markdown: rest, firstLine: restLine(source, rest) };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { markdown: source, firstLine: 1 };
  }
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}
