// Mutations of real paper and topic files, and the property the content check must keep on them: it refuses each
// with its own errors (file, line, what was expected) or accepts it, and never throws. Shared by the short run in
// `npm test` (fuzz-content.test.ts) and the long one (`npm run fuzz`).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { checkPapers } from '../../check/check-papers.ts';
import { readTopic } from '../../ingest/load-topics.ts';
import { contentErrorsIn, type ContentError } from '../../../src/model/content-error.ts';
import { decodeText } from '../../../src/model/decode-text.ts';
import { fileSizeProblem, MAX_PAPER_FILE_BYTES, MAX_TOPIC_FILE_BYTES } from '../../../src/model/limits.ts';
import { readContentFile } from '../../../src/model/read-content-file.ts';
import { paperSchema, topicSchema } from '../../../src/model/schema.ts';
import { mdxProblems } from '../../../src/model/untrusted-mdx.ts';
import type { FuzzScale } from './fuzz-digests.ts';

/** A real paper or topic file to mutate. */
export interface ContentSeed {
  kind: 'paper' | 'topic';
  file: string;
  lines: readonly string[];
}

/** A mutated file, and how it was made. */
export interface MutatedContent {
  kind: 'paper' | 'topic';
  file: string;
  text: string;
}

/** The real topics, and the first papers of the real content: enough shapes (organisation, authors, repos, links). */
export function contentSeeds(papers = 12): ContentSeed[] {
  const seed = (kind: ContentSeed['kind'], file: string): ContentSeed => ({
    kind,
    file,
    lines: readFileSync(file, 'utf8').split('\n'),
  });
  return [
    ...readdirSync('content/topics').map((name) => seed('topic', `content/topics/${name}`)),
    ...readdirSync('content/papers')
      .sort()
      .slice(0, papers)
      .map((name) => seed('paper', `content/papers/${name}`)),
  ];
}

/** What a contributor, or an attacker, might put on a line of a paper or topic file. */
function hostileLine(scale: FuzzScale): fc.Arbitrary<string> {
  // Nesting as deep as a file within its size limit can hold, and deeper: the readers refuse it before parsing.
  const deep = fc.integer({ min: 1, max: scale.hugeLine / 100 });
  return fc.oneof(
    // Aliases, and an alias bomb.
    fc.constantFrom(
      'anchor: &a [1, 2, 3]',
      'again: *a',
      'title: &t "A title"',
      'listed_title: *t',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      '<<: *a',
    ),
    // Deep nesting, in YAML and in Markdown.
    deep.map((n) => `deep: ${'['.repeat(n)}${']'.repeat(n)}`),
    deep.map((n) => `deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
    deep.map((n) => '> '.repeat(n).concat('quoted')),
    deep.map((n) => '- '.repeat(n).concat('listed')),
    deep.map((n) => `${'*a '.repeat(n)}x${' b*'.repeat(n)}`),
    // Huge values.
    fc.integer({ min: 1, max: scale.hugeLine }).map((n) => `title: ${'x'.repeat(n)}`),
    fc.integer({ min: 1, max: scale.hugeLine }).map((n) => 'word '.repeat(n)),
    // Odd Unicode and control characters.
    fc.constantFrom('\u202E', '\u2066', '\u200B', '\uFEFF', '\uD800', '\u0000', '\u0007', '\u001B[31m', '\r', '\u2028'),
    fc.constantFrom('title: "A \u202Etitle"', 'title: "A \\0 title"', 'title: "\uD800"', 'name: "\u0007"'),
    // Duplicate keys and wrong types.
    fc.constantFrom(
      'title: Another title',
      'comments: many',
      'comments: -1',
      'comments: 1e309',
      'topics: 5',
      'topics: [no-such-topic]',
      'appearances: {}',
      'appearances: []',
      'published: 2025-13-45',
      'published: 2025-02-29',
      'arxiv: "2501.00663v2"',
      'upvotes: 1.5',
      'repos: [javascript:alert(1)]',
      'links: [data:text/html,x]',
      'organization: { id: "../x", name: y }',
      'keywords: []',
      'keywords: [""]',
      '---',
      '...',
      '%YAML 1.2',
      '!!js/function "x"',
      'title: !!binary aGk=',
    ),
    // MDX and HTML, which are code or markup.
    fc.constantFrom(
      '{x}',
      '{/* a comment */}',
      '{',
      '}',
      '<',
      '<script>alert(1)</script>',
      '<style>body{display:none}</style>',
      '<img src=x onerror="alert(1)">',
      '<div onClick={() => 1}>x</div>',
      '<Header />',
      'export const x = (await import("node:child_process")).execSync("id").toString();',
      "import X from '../../src/components/Header.astro';",
      'export default function Layout() {}',
      '[link](javascript:alert(1))',
      '![image](https://example.org/x.png)',
      '```',
      '~~~',
    ),
    fc.string({ maxLength: 40 }),
  );
}

type ContentMutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number; to: number };

function mutation(scale: FuzzScale): fc.Arbitrary<ContentMutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at, text: hostileLine(scale) }),
    fc.record({ kind: fc.constant('replace' as const), at, text: hostileLine(scale) }),
    fc.record({ kind: fc.constant('delete' as const), at }),
    fc.record({ kind: fc.constant('duplicate' as const), at, to: fc.nat() }),
  );
}

/** A real paper or topic file with a few hostile changes to its lines. */
export function mutatedContent(seeds: readonly ContentSeed[], scale: FuzzScale): fc.Arbitrary<MutatedContent> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      mutations: fc.array(mutation(scale), { minLength: 1, maxLength: scale.mutations }),
    })
    .map(({ seed, mutations }) => {
      const lines = [...seed.lines];
      for (const change of mutations) {
        const at = change.at % (lines.length + 1);
        if (change.kind === 'insert') lines.splice(at, 0, change.text);
        else if (change.kind === 'replace') lines.splice(at, 1, change.text);
        else if (change.kind === 'delete') lines.splice(at, 1);
        else lines.splice(change.to % (lines.length + 1), 0, lines[at] ?? '');
      }
      return { kind: seed.kind, file: seed.file, text: lines.join('\n') };
    });
}

const TOPIC_IDS = new Set(readdirSync('content/topics').map((name) => name.replace(/\.mdx$/, '')));

/**
 * Checks a mutated file as `npm run check` does, and the contract: only the check's own errors, each naming the
 * file and, when it has a line, one within the file; and what is accepted is what the site reads: the site's content
 * loaders read it without a problem (model/read-content-file.ts), its frontmatter passes the collection's schema, and
 * a topic's body holds no MDX that is code.
 */
export function checkContentFile(mutated: MutatedContent): 'accepted' | 'refused' {
  const bytes = Buffer.from(mutated.text);
  // The readers refuse a file over its size limit before anything parses it, as the check does.
  const limit = mutated.kind === 'paper' ? MAX_PAPER_FILE_BYTES : MAX_TOPIC_FILE_BYTES;
  if (fileSizeProblem(bytes.length, limit) !== undefined) return 'refused';
  // Line breaks as the readers count them, CR and CRLF included.
  const lines = mutated.text.split(/\r\n?|\n/).length;
  let errors: readonly ContentError[];
  try {
    // The check reads the bytes of a file, as every reader of content does.
    const text = decodeText(mutated.file, bytes);
    if (mutated.kind === 'paper') {
      errors = checkPapers([{ name: 'paper.md', file: mutated.file, text }], TOPIC_IDS);
    } else {
      readTopic(mutated.file, text);
      errors = [];
    }
  } catch (error) {
    const found = contentErrorsIn(error);
    if (found === undefined) throw new Error(`the check threw ${String(error)}, not its own error`, { cause: error });
    errors = found;
  }
  for (const error of errors) {
    if (error.file !== mutated.file) throw new Error(`an error names ${error.file}, not ${mutated.file}`);
    if (error.line !== undefined && (error.line < 1 || error.line > lines)) {
      throw new Error(`an error names line ${error.line} of a file of ${lines} lines: ${error.message}`);
    }
  }
  if (errors.length > 0) return 'refused';
  let read;
  try {
    read = readContentFile(mutated.file, bytes, limit);
  } catch (error) {
    throw new Error(`accepted a file the site refuses: ${String(error)}`, { cause: error });
  }
  const schema = mutated.kind === 'paper' ? paperSchema : topicSchema;
  if (!schema.safeParse(read.data).success) throw new Error('accepted a file whose frontmatter the site would refuse');
  if (mutated.kind === 'topic' && mdxProblems(read.text).length > 0) throw new Error('accepted a topic with code');
  return 'accepted';
}
