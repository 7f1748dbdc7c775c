import type { Document } from 'yaml';
import { paperSchema, type PaperData } from '../../src/model/schema.ts';
import type { CollectedPaper } from './collect-papers.ts';
import { ContentError, ContentErrors } from '../../src/model/content-error.ts';
import { fieldLine, readFrontmatter, splitFrontmatter } from '../../src/model/frontmatter.ts';
import { readPlainYaml } from '../../src/model/read-plain-yaml.ts';
import { validateFrontmatter } from '../../src/model/validate-frontmatter.ts';
import { findLinks } from '../../src/model/normalize-links.ts';
import { paperToMarkdown, type PaperFrontmatter } from './render-paper.ts';
import { uniqueSlug } from '../../src/model/slug.ts';
import { titleKey } from '../../src/model/paper-identity.ts';

/** A paper file as it is on disk. */
export interface ExistingPaper {
  slug: string;
  /** Path for messages. */
  file: string;
  text: string;
}

/** What ingest would write for one paper. */
export interface PlannedPaper {
  slug: string;
  status: 'new' | 'updated' | 'unchanged';
  text: string;
  paper: CollectedPaper;
  hasCode: boolean;
  topics: readonly string[];
}

/** The whole plan of a run: every paper's file, and what is worth reporting. */
export interface PaperPlan {
  planned: PlannedPaper[];
  /** Existing files no digest lists; left alone. */
  orphans: string[];
}

export interface PlanOptions {
  /** Regenerate every file from the digests, dropping hand edits (slugs still never change). */
  rewrite: boolean;
  assignTopics: (title: string, abstract: string) => string[];
}

/**
 * Decides each paper's file: a new file for a new paper; for a known one, its file with the new
 * appearances and latest comment count merged in and every hand edit kept. Pure: nothing is written.
 */
export function planPapers(
  papers: readonly CollectedPaper[],
  existing: readonly ExistingPaper[],
  options: PlanOptions,
): PaperPlan {
  const errors: ContentError[] = [];
  const known = new Map<
    string,
    { existing: ExistingPaper; data: PaperData; document: () => Document.Parsed; rest: string }
  >();
  for (const paper of existing) {
    try {
      const { yaml, rest } = splitFrontmatter(paper.file, paper.text);
      // Most files are as ingest wrote them: read those without a full YAML parse, which is needed
      // (for the comments and layout a merge keeps) only when the file changes or is written by hand.
      const plain = readPlainYaml(yaml);
      let parsed: Document.Parsed | undefined;
      const document = (): Document.Parsed => (parsed ??= readFrontmatter(paper.file, paper.text).document);
      const data = validateFrontmatter(paperSchema, paper.file, paper.text, plain ?? document().toJS());
      const key = titleKey(data.listed_title);
      const twin = known.get(key);
      if (twin) {
        errors.push(
          new ContentError(
            paper.file,
            fieldLine(paper.text, 'listed_title'),
            `lists the same paper as ${twin.existing.file}; expected one file per paper`,
          ),
        );
      } else {
        known.set(key, { existing: paper, data, document, rest });
      }
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.errors);
      else if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new ContentErrors(errors);

  const taken = new Set(existing.map((paper) => paper.slug));
  const listed = new Set<string>();
  const planned = papers.map((paper): PlannedPaper => {
    listed.add(paper.key);
    const current = known.get(paper.key);
    if (current && !options.rewrite) {
      // A merge takes only the listing fields from the digests: links and topics are the file's own.
      const { slug, text } = current.existing;
      const next = mergedText(current.document, current.data, current.rest, listedFields(paper)) ?? text;
      // An unchanged file is the text validated above; only a merged one needs validating again.
      if (next !== text) {
        validateFrontmatter(
          paperSchema,
          current.existing.file,
          next,
          readFrontmatter(current.existing.file, next).document.toJS(),
        );
      }
      return planned_(slug, next === text ? 'unchanged' : 'updated', next, paper, current.data);
    }
    const segments = findLinks(paper.abstract ?? '');
    const generated = generatedFrontmatter(paper, segments, options.assignTopics);
    if (!current) {
      const slug = uniqueSlug(paper.title, taken);
      taken.add(slug);
      const text = paperToMarkdown(generated, segments);
      validateFrontmatter(paperSchema, `${slug}.md`, text, generated);
      return planned_(slug, 'new', text, paper, generated);
    }
    const { slug, text } = current.existing;
    const next = paperToMarkdown(generated, segments);
    validateFrontmatter(
      paperSchema,
      current.existing.file,
      next,
      readFrontmatter(current.existing.file, next).document.toJS(),
    );
    return planned_(slug, next === text ? 'unchanged' : 'updated', next, paper, generated);
  });
  const orphans = [...known.entries()].filter(([key]) => !listed.has(key)).map(([, { existing: paper }]) => paper.file);
  return { planned, orphans };
}

function planned_(
  slug: string,
  status: PlannedPaper['status'],
  text: string,
  paper: CollectedPaper,
  data: Pick<PaperFrontmatter, 'repos' | 'topics'>,
): PlannedPaper {
  return { slug, status, text, paper, hasCode: data.repos.length > 0, topics: data.topics };
}

/** The frontmatter the digests alone say a paper has. */
function generatedFrontmatter(
  paper: CollectedPaper,
  segments: ReturnType<typeof findLinks>,
  assignTopics: PlanOptions['assignTopics'],
): PaperFrontmatter {
  const repos = new Set<string>();
  const links = new Set<string>();
  for (const segment of segments) {
    if (segment.type !== 'url') continue;
    if (segment.repo) repos.add(segment.repo);
    else links.add(segment.url);
  }
  return {
    title: paper.title,
    listed_title: paper.title,
    ...listedFields(paper),
    repos: [...repos],
    links: [...links],
    topics: assignTopics(paper.title, paper.abstract ?? ''),
  };
}

/** The fields a listing states (date, authors, appearances, comments), in frontmatter order. */
function listedFields(
  paper: CollectedPaper,
): Pick<PaperFrontmatter, 'published' | 'authors' | 'organization' | 'appearances' | 'comments'> {
  return {
    ...(paper.published === undefined ? {} : { published: paper.published }),
    ...(paper.authors === undefined ? {} : { authors: paper.authors }),
    ...(paper.organization === undefined ? {} : { organization: paper.organization }),
    appearances: paper.appearances,
    comments: paper.appearances.at(-1)?.comments ?? 0,
  };
}

/**
 * Merges what the digests add into an existing file: appearances (the digests' counts win for the
 * digests they hold), the latest comment count, and fields the file lacks. Everything else, comments
 * in the YAML and the body included, stays byte for byte. Returns undefined when nothing changes.
 */
function mergedText(
  document: () => Document.Parsed,
  data: PaperData,
  rest: string,
  generated: ReturnType<typeof listedFields>,
): string | undefined {
  const byDigest = new Map(data.appearances.map((appearance) => [appearance.digest, appearance.comments]));
  for (const appearance of generated.appearances) byDigest.set(appearance.digest, appearance.comments);
  const appearances = [...byDigest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([digest, comments]) => ({ digest, comments }));
  const comments = appearances.at(-1)?.comments ?? 0;
  const changed: [field: string, value: unknown][] = [];
  const set = (field: string, value: unknown): void => {
    changed.push([field, value]);
  };
  if (JSON.stringify(appearances) !== JSON.stringify(data.appearances)) set('appearances', appearances);
  if (comments !== data.comments) set('comments', comments);
  if (data.published === undefined && generated.published !== undefined) set('published', generated.published);
  if (data.authors === undefined && data.organization === undefined) {
    if (generated.authors !== undefined) set('authors', generated.authors);
    if (generated.organization !== undefined) set('organization', generated.organization);
  }
  if (changed.length === 0) return undefined;
  const parsed = document();
  for (const [field, value] of changed) parsed.set(field, parsed.createNode(value));
  return `---\n${parsed.toString({ lineWidth: 0, minContentWidth: 0 })}---${rest}`;
}
