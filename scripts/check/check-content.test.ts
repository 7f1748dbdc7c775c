import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContent, type CheckOptions } from './check-content.ts';

let root: string;
let options: CheckOptions;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'check-'));
  for (const folder of ['digests', 'papers', 'topics'])
    await cp(`content/${folder}`, join(root, folder), { recursive: true });
  options = {
    digestsDir: join(root, 'digests'),
    papersDir: join(root, 'papers'),
    topicsDir: join(root, 'topics'),
    cwd: root,
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('checkContent', () => {
  test('passes the committed content', async () => {
    expect(await checkContent(options)).toEqual([]);
  });

  test('reports problems of every kind in one run', async () => {
    const paper = join(options.papersDir, 'superlinear-multi-step-attention.md');
    await writeFile(
      paper,
      (await readFile(paper, 'utf8'))
        .replace(/\ntopics:\n {2}- [a-z-]+\n/, '\ntopics:\n  - no-such-topic\n')
        .concat('\n<script>alert(1)</script>\n'),
    );
    await rm(join(options.papersDir, 'titans-learning-to-memorize-at-test-time.md'));
    await writeFile(join(options.papersDir, 'extra.mdx'), '---\ntitle: x\n---\n');
    const topic = join(options.topicsDir, 'video.mdx');
    await writeFile(topic, (await readFile(topic, 'utf8')).replace(/^description: .*\n/m, ''));

    expect(await checkContent(options)).toEqual([
      'topics/video.mdx: field "description": Invalid input: expected string, received undefined',
      'papers/extra.mdx: papers are Markdown only; MDX can run code, so expected a .md file',
      'papers/superlinear-multi-step-attention.md:19: raw HTML is not allowed in a paper ("<script>alert(1)</script>"); expected Markdown only',
      expect.stringMatching(
        /^papers\/superlinear-multi-step-attention\.md:\d+: field "topics": "no-such-topic" is not a topic; expected one of content\/topics\/\*\.mdx \(agents, /,
      ) as unknown,
    ]);
  });

  test('reports a folder in the papers folder and still checks every paper', async () => {
    await mkdir(join(options.papersDir, 'drafts'));
    const paper = join(options.papersDir, 'superlinear-multi-step-attention.md');
    await writeFile(paper, (await readFile(paper, 'utf8')).replace(/^comments: \d+$/m, 'comments: many'));
    expect(await checkContent(options)).toEqual([
      'papers/drafts: is not a plain file; expected only files in the papers folder',
      expect.stringMatching(
        /^papers\/superlinear-multi-step-attention\.md:\d+: field "comments": Invalid input: expected number, received string$/,
      ) as unknown,
    ]);
  });

  test('skips nothing without a word: a hidden file, a stray file among topics, a hostile topic', async () => {
    await writeFile(join(options.papersDir, '.notes.md'), 'hidden\n');
    await writeFile(join(options.topicsDir, 'README.txt'), 'about topics\n');
    const topic = join(options.topicsDir, 'video.mdx');
    await writeFile(topic, `${await readFile(topic, 'utf8')}\nexport const x = 1;\n`);
    expect(await checkContent(options)).toEqual([
      'topics/README.txt: expected only topic files named <id>.mdx in the topics folder',
      expect.stringMatching(
        /^topics\/video\.mdx:\d+: `import` and `export` run code when the site is built; expected Markdown only$/,
      ) as unknown,
      'papers/.notes.md: is hidden (its name starts with a dot); expected nothing hidden in the papers folder: remove it',
    ]);
  });

  test('reports a paper that the digests would write differently', async () => {
    await rm(join(options.papersDir, 'titans-learning-to-memorize-at-test-time.md'));
    expect(await checkContent(options)).toEqual([
      'papers/titans-learning-to-memorize-at-test-time.md: missing; expected what "npm run ingest" writes from the digests (run it and commit the result)',
    ]);
  });
});
