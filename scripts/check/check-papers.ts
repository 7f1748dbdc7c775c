import { fromMarkdown } from 'mdast-util-from-markdown';
import { paperSchema } from '../../src/model/schema.ts';
import { ContentError, ErrorCollector } from '../../src/model/content-error.ts';
import { fieldLine, frontmatterData, readFrontmatter, restLine } from '../../src/model/frontmatter.ts';
import { abstractProblem } from '../../src/model/limits.ts';
import { markdownNestingProblem } from '../../src/model/nesting-depth.ts';
import { MAX_SLUG_LENGTH } from '../../src/model/slug.ts';
import { titleKey } from '../../src/model/paper-identity.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import { walkTree } from '../../src/model/walk-tree.ts';

/** A file in the papers folder, as the check reads it. */
export interface PaperFile {
  /** File name inside the papers folder. */
  name: string;
  /** Path for messages. */
  file: string;
  text: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A title is plain text; a tag in it is an attempt at markup (`</script>`), never a real title. */
const MARKUP = /<[a-z/!?]/i;
/** Where a link in a paper may lead: the web, mail, or a place on the site. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/**
 * Every problem in the papers folder, all at once: file names and slugs, the schema, topics that do
 * not exist, two files for one title, and anything in a body that is not plain Markdown (raw HTML,
 * script or data links). Contributed papers are data, so nothing in them may run in a reader's browser.
 */
export function checkPapers(files: readonly PaperFile[], topicIds: ReadonlySet<string>): ContentError[] {
  const problems = new ErrorCollector();
  const titles = new Map<string, string>();
  for (const { name, file, text } of files) {
    if (!name.endsWith('.md')) {
      problems.add(
        new ContentError(
          file,
          undefined,
          name.endsWith('.mdx')
            ? 'papers are Markdown only; MDX can run code, so expected a .md file'
            : 'expected only Markdown paper files (<slug>.md) in the papers folder',
        ),
      );
      continue;
    }
    const slug = name.slice(0, -'.md'.length);
    if (!SLUG.test(slug) || slug.length > MAX_SLUG_LENGTH) {
      problems.add(
        new ContentError(
          file,
          undefined,
          `expected a file name of lowercase ASCII words joined by dashes, at most ${MAX_SLUG_LENGTH} characters, then .md`,
        ),
      );
    }
    const parsed = problems.attempt(() => readFrontmatter(file, text));
    if (parsed === undefined) continue;
    const bodyLine = restLine(text, parsed.rest);
    for (const problem of bodyProblems(file, parsed.rest, bodyLine - 1)) problems.add(problem);
    const abstract = abstractProblem(parsed.rest);
    if (abstract !== undefined) problems.add(new ContentError(file, bodyLine + 1, abstract));
    const data = problems.attempt(() =>
      validateFrontmatter(paperSchema, file, text, frontmatterData(file, parsed.document)),
    );
    if (data === undefined) continue;
    for (const topic of data.topics) {
      if (!topicIds.has(topic)) {
        problems.add(
          new ContentError(
            file,
            fieldLine(text, 'topics'),
            `field "topics": "${topic}" is not a topic; expected one of content/topics/*.mdx (${[...topicIds].sort().join(', ')})`,
          ),
        );
      }
    }
    for (const [field, title] of [
      ['title', data.title],
      ['listed_title', data.listed_title],
    ] as const) {
      if (MARKUP.test(title)) {
        problems.add(
          new ContentError(
            file,
            fieldLine(text, field),
            `field "${field}": "${clip(title)}" looks like HTML; expected plain text`,
          ),
        );
      }
      const key = titleKey(title);
      const other = titles.get(key);
      if (other === undefined) titles.set(key, file);
      else if (other !== file) {
        problems.add(
          new ContentError(
            file,
            fieldLine(text, field),
            `field "${field}": the same title as ${other}; expected one file per paper`,
          ),
        );
      }
    }
  }
  return problems.errors;
}

/** Raw HTML and unsafe link targets in a paper body, each with its line in the file. */
function bodyProblems(file: string, body: string, lineOffset: number): ContentError[] {
  const deep = markdownNestingProblem(body);
  if (deep) return [new ContentError(file, deep.line + lineOffset, deep.message)];
  const problems: ContentError[] = [];
  walkTree(fromMarkdown(body), (node) => {
    const line = node.position ? node.position.start.line + lineOffset : undefined;
    if (node.type === 'html') {
      problems.push(
        new ContentError(
          file,
          line,
          `raw HTML is not allowed in a paper ("${clip(node.value)}"); expected Markdown only`,
        ),
      );
    }
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !SAFE_URL.test(node.url.trim())
    ) {
      problems.push(
        new ContentError(
          file,
          line,
          `a link to "${clip(node.url)}" is not allowed; expected an http(s) or mailto link`,
        ),
      );
    }
  });
  return problems;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
