import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writePapers } from './write-papers.ts';

let papers = '';
beforeEach(async () => {
  papers = join(await mkdtemp(join(tmpdir(), 'write-papers-')), 'papers');
});
afterEach(async () => {
  await rm(join(papers, '..'), { recursive: true, force: true });
});

describe('writePapers', () => {
  test('writes each paper to <slug>.md, creating the folder, and leaves no staged file behind', async () => {
    await writePapers(papers, [
      { slug: 'titans-learning-to-memorize-at-test-time', text: '---\ntitle: Titans\n---\n' },
      { slug: 'superlinear-multi-step-attention', text: '---\ntitle: Superlinear\n---\n' },
    ]);
    expect((await readdir(papers)).sort()).toEqual([
      'superlinear-multi-step-attention.md',
      'titans-learning-to-memorize-at-test-time.md',
    ]);
    expect(await readFile(join(papers, 'superlinear-multi-step-attention.md'), 'utf8')).toBe(
      '---\ntitle: Superlinear\n---\n',
    );
  });

  test('changes nothing when one file cannot be written: no paper is half-written or half-updated', async () => {
    await mkdir(papers);
    await writeFile(join(papers, 'titans-learning-to-memorize-at-test-time.md'), 'the hand-edited file\n');
    // Where the second paper would be staged, a folder: writing it fails after the first is staged.
    await mkdir(join(papers, `.superlinear-multi-step-attention.md.${process.pid}.tmp`));
    await expect(
      writePapers(papers, [
        { slug: 'titans-learning-to-memorize-at-test-time', text: 'what ingest would write\n' },
        { slug: 'superlinear-multi-step-attention', text: 'a new paper\n' },
      ]),
    ).rejects.toThrow('EISDIR');
    expect(await readFile(join(papers, 'titans-learning-to-memorize-at-test-time.md'), 'utf8')).toBe(
      'the hand-edited file\n',
    );
    expect((await readdir(papers)).sort()).toEqual([
      `.superlinear-multi-step-attention.md.${process.pid}.tmp`,
      'titans-learning-to-memorize-at-test-time.md',
    ]);
  });
});
