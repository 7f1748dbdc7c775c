/**
 * The build's own guard on contributed MDX (topic files): before MDX compiles a file, and so before any of it could
 * run, it refuses what `npm run check` refuses (src/model/untrusted-mdx.ts), naming the file and the line. MDX under
 * `src/` is maintainers' code and is left alone; a file the guard cannot place is treated as contributed.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { CONTENT_COMPONENTS, mdxProblems } from '../model/untrusted-mdx.ts';

/** The guard for a project at `root`. */
export function untrustedMdx(root: string): MdastPluginEntry {
  return (context) => {
    if (context.sourceFormat !== 'mdx') return null;
    const file = context.fileURL === undefined ? '(an MDX file)' : relative(root, fileURLToPath(context.fileURL));
    if (file.startsWith(`src${sep}`)) return null;
    const problems = mdxProblems(context.source);
    if (problems.length > 0) {
      throw new Error(
        problems
          .map((problem) => `${file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.message}`)
          .join('\n'),
      );
    }
    // A second net, should the compiler read something as code that the check's parser did not.
    const refuse = (what: string): never => {
      throw new Error(`${file}: ${what} in contributed MDX; expected Markdown only`);
    };
    const element = (node: { name?: string | null }): void => {
      if (!CONTENT_COMPONENTS.has(node.name ?? '')) refuse(`<${node.name ?? ''}>`);
    };
    return {
      name: 'paper-archive-untrusted-mdx',
      mdxjsEsm: () => refuse('import or export'),
      mdxFlowExpression: () => refuse('a JavaScript expression'),
      mdxTextExpression: () => refuse('a JavaScript expression'),
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
    };
  };
}
