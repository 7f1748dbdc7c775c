// Ingest's fifth stage: each paper's change rendered as the bytes of its file, and checked against the schema.
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import { ContentError, ErrorCollector } from '../../src/model/content-error.ts';
import { abstractProblem } from '../../src/model/limits.ts';
import { frontmatterData, readFrontmatter, splitFrontmatter } from '../../src/model/frontmatter.ts';
import type { Segment } from '../../src/model/normalize-links.ts';
import { paperSchema } from '../../src/model/schema.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import type { CollectedPaper } from './collect-papers.ts';
import type { PaperChange, PaperFrontmatter } from './reconcile-papers.ts';

/** What ingest would write for one paper. */
export interface RenderedPaper {
  slug: string;
  status: 'new' | 'updated' | 'unchanged';
  text: string;
  paper: CollectedPaper;
  hasCode: boolean;
  topics: readonly string[];
}

const processor = unified()
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

/**
 * Renders every change: a generated file as a Markdown tree, a merge as an edit of the file's YAML document that
 * keeps its comments and layout. Whatever differs from the file on disk is validated again, as it will be read.
 */
export function renderPapers(changes: readonly PaperChange[]): RenderedPaper[] {
  const errors = new ErrorCollector();
  const rendered: RenderedPaper[] = [];
  for (const change of changes) {
    const paper = errors.attempt(() => renderPaper(change));
    if (paper !== undefined) rendered.push(paper);
  }
  errors.throwIfAny();
  return rendered;
}

function renderPaper(change: PaperChange): RenderedPaper {
  if (change.kind === 'merge') {
    const { existing, data, rest } = change.known;
    if (change.changes.length === 0) return result(change, 'unchanged', existing.text, data);
    const document = change.known.document();
    for (const [field, value] of change.changes) document.set(field, document.createNode(value));
    const text = `---\n${document.toString({ lineWidth: 0, minContentWidth: 0 })}---${rest}`;
    validateText(existing.file, text);
    return result(change, text === existing.text ? 'unchanged' : 'updated', text, data);
  }
  const text = paperToMarkdown(change.frontmatter, change.abstract);
  // The body as the check will read it: an abstract too long or hiding characters is the listing's problem.
  const abstract = abstractProblem(splitFrontmatter(`${change.slug}.md`, text).rest);
  if (abstract !== undefined) {
    const [source] = change.paper.sources;
    throw new ContentError(source?.file ?? `${change.slug}.md`, source?.line, abstract);
  }
  if (change.existing === undefined) {
    validateFrontmatter(paperSchema, `${change.slug}.md`, text, change.frontmatter);
    return result(change, 'new', text, change.frontmatter);
  }
  validateText(change.existing.file, text);
  return result(change, text === change.existing.text ? 'unchanged' : 'updated', text, change.frontmatter);
}

/** Validates a file's text as the site will read it. */
function validateText(file: string, text: string): void {
  validateFrontmatter(paperSchema, file, text, frontmatterData(file, readFrontmatter(file, text).document));
}

function result(
  change: PaperChange,
  status: RenderedPaper['status'],
  text: string,
  data: Pick<PaperFrontmatter, 'repos' | 'topics'>,
): RenderedPaper {
  return { slug: change.slug, status, text, paper: change.paper, hasCode: data.repos.length > 0, topics: data.topics };
}

/** YAML as the paper files hold it: YAML 1.1 (like Astro's reader), no folding of long titles. */
function frontmatterYaml(data: object): string {
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
