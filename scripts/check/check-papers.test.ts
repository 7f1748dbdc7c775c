import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPapers, type PaperFile } from './check-papers.ts';

const TOPICS = new Set(['interpretability', 'video']);
const HOSTILE = 'e2e/fixtures/hostile-papers';

function paperFiles(dir: string): PaperFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, file: `${dir}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

const valid = `---
title: Superlinear Multi-Step Attention
listed_title: Superlinear Multi-Step Attention
published: "2026-01-26"
authors: 7
appearances:
  - digest: "2026-02-16"
    comments: 0
comments: 0
repos: []
links: []
topics:
  - interpretability
---

A body with a [project page](https://example.org/), an <https://example.org/autolink> and \`code\`.
`;

describe('checkPapers', () => {
  test('rejects every case of the hostile fixture, each with its file, line and what was expected', () => {
    const problems = checkPapers(paperFiles(HOSTILE), TOPICS).map((problem) => problem.message);
    expect(problems).toEqual([
      'e2e/fixtures/hostile-papers/data-link.md:16: a link to "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" is not allowed; expected an http(s) or mailto link',
      'e2e/fixtures/hostile-papers/data-link.md:16: a link to "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" is not allowed; expected an http(s) or mailto link',
      'e2e/fixtures/hostile-papers/data-link.md:18: a link to "javascript:alert(3)" is not allowed; expected an http(s) or mailto link',
      'e2e/fixtures/hostile-papers/frontmatter-link.md:11: field "links.0": expected an http(s) URL',
      'e2e/fixtures/hostile-papers/hostile-title.md:2: field "title": "</script><script>alert("title")</script> Hostile title" looks like HTML; expected plain text',
      'e2e/fixtures/hostile-papers/hostile-title.md:3: field "listed_title": "</script><script>alert("title")</script> Hostile title" looks like HTML; expected plain text',
      'e2e/fixtures/hostile-papers/iframe.md:16: raw HTML is not allowed in a paper ("<iframe src="https://example.org/"></iframe>"); expected Markdown only',
      'e2e/fixtures/hostile-papers/image-onerror.md:16: raw HTML is not allowed in a paper ("<img src=x onerror="alert(1)">"); expected Markdown only',
      'e2e/fixtures/hostile-papers/inline-handler.md:16: raw HTML is not allowed in a paper ("<span onclick="alert(1)" style="position:fixed;inset:0">"); expected Markdown only',
      'e2e/fixtures/hostile-papers/inline-handler.md:16: raw HTML is not allowed in a paper ("</span>"); expected Markdown only',
      'e2e/fixtures/hostile-papers/javascript-link.md:16: a link to "javascript:alert(1)" is not allowed; expected an http(s) or mailto link',
      'e2e/fixtures/hostile-papers/javascript-link.md:16: a link to "javascript:alert(2)" is not allowed; expected an http(s) or mailto link',
      'e2e/fixtures/hostile-papers/mdx-paper.mdx: papers are Markdown only; MDX can run code, so expected a .md file',
      'e2e/fixtures/hostile-papers/script-tag.md:16: raw HTML is not allowed in a paper ("<script>"); expected Markdown only',
      'e2e/fixtures/hostile-papers/script-tag.md:16: raw HTML is not allowed in a paper ("</script>"); expected Markdown only',
    ]);
  });

  test('accepts a valid paper with Markdown links', () => {
    expect(checkPapers([{ name: 'superlinear-multi-step-attention.md', file: 'p.md', text: valid }], TOPICS)).toEqual(
      [],
    );
  });

  test('rejects a topic that does not exist, listing the ones that do', () => {
    const [problem] = checkPapers(
      [{ name: 'a.md', file: 'a.md', text: valid.replace('  - interpretability', '  - interpretabilty') }],
      TOPICS,
    );
    expect(problem?.message).toBe(
      'a.md:12: field "topics": "interpretabilty" is not a topic; expected one of content/topics/*.mdx (interpretability, video)',
    );
  });

  test('rejects a repository URL that is not canonical', () => {
    const [problem] = checkPapers(
      [{ name: 'a.md', file: 'a.md', text: valid.replace('repos: []', 'repos:\n  - https://www.github.com/a/b.git') }],
      TOPICS,
    );
    expect(problem?.message).toBe(
      'a.md:10: field "repos.0": expected a canonical repository URL like https://github.com/owner/name (https, no www., no .git, no trailing slash)',
    );
  });

  test('rejects two files for one title, and a file name that is not a slug', () => {
    const problems = checkPapers(
      [
        { name: 'a.md', file: 'a.md', text: valid },
        { name: 'B Copy.md', file: 'B Copy.md', text: valid.replace('title: Superlinear', 'title: superlinear') },
      ],
      TOPICS,
    ).map((problem) => problem.message);
    expect(problems).toEqual([
      'B Copy.md: expected a file name of lowercase ASCII words joined by dashes, at most 80 characters, then .md',
      'B Copy.md:2: field "title": the same title as a.md; expected one file per paper',
      'B Copy.md:3: field "listed_title": the same title as a.md; expected one file per paper',
    ]);
  });

  test('reports every problem of one file together', () => {
    const broken = valid
      .replace('title: Superlinear Multi-Step Attention', 'title: " "')
      .replace('comments: 0\nrepos', 'comments: -1\nrepos')
      .replace('published: "2026-01-26"', 'published: "26 Jan 2026"');
    expect(
      checkPapers([{ name: 'a.md', file: 'a.md', text: broken }], TOPICS).map((problem) => problem.message),
    ).toEqual([
      'a.md:2: field "title": expected a non-empty text',
      'a.md:4: field "published": expected a date as YYYY-MM-DD',
      'a.md:9: field "comments": expected a count of 0 or more',
    ]);
  });

  test('names a file whose frontmatter is a YAML alias bomb, rather than crash', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const previous = String.fromCharCode('a'.charCodeAt(0) + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const bomb = valid.replace('---\n', `---\n${levels.join('\n')}\n`);
    expect(
      checkPapers([{ name: 'bomb.md', file: 'papers/bomb.md', text: bomb }], TOPICS).map((p) => p.message),
    ).toEqual([
      'papers/bomb.md:2: expected plain YAML frontmatter: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});

describe('checkPapers limits', () => {
  const check = (text: string): string[] =>
    checkPapers([{ name: 'paper.md', file: 'papers/paper.md', text }], TOPICS).map((problem) => problem.message);

  test('refuses a one-megabyte abstract, naming the line after the frontmatter', () => {
    expect(check(`${valid}${'word '.repeat(200_000)}\n`)).toEqual([
      'papers/paper.md:15: the abstract is 1000097 characters; expected at most 5000',
    ]);
  });

  test('refuses a title with a NUL or a right-to-left override, naming the character', () => {
    expect(check(valid.replace('title: Superlinear', 'title: Super\u202Elinear'))).toEqual([
      'papers/paper.md:2: field "title": expected plain text; found the control or bidirectional character U+202E',
    ]);
    expect(check(valid.replace(/^title: .*$/m, 'title: "Superlinear\\0 Multi-Step Attention"'))).toEqual([
      'papers/paper.md:2: field "title": expected plain text; found the control or bidirectional character U+0000',
    ]);
  });

  test(
    'refuses an abstract of lists nested 30,000 deep before parsing it, naming its line',
    () => {
      expect(check(`${valid}\n${'- '.repeat(30_000)}listed\n`)).toEqual([
        'papers/paper.md:18: the text nests deeper than 64 levels here (block quotes, lists or emphasis inside one another); expected at most 64',
        'papers/paper.md:15: the abstract is 60105 characters; expected at most 5000',
      ]);
    },
    // micromark alone would take far longer: its time grows with the square of the depth (BENCHMARKS.md).
    2_000,
  );

  test('refuses a paper with five thousand links', () => {
    const links = Array.from({ length: 5_000 }, (_, index) => `  - https://example.org/${index}`).join('\n');
    expect(check(valid.replace('links: []', `links:\n${links}`))).toEqual([
      'papers/paper.md:11: field "links": expected at most 50 links',
    ]);
  });
});
