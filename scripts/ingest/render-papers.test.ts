import { describe, expect, test } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { findLinks } from '../../src/model/normalize-links.ts';
import type { PaperFrontmatter } from './reconcile-papers.ts';
import { paperToMarkdown } from './render-papers.ts';

const frontmatter: PaperFrontmatter = {
  title: 'Attention Debiasing for Token Pruning in Vision Language Models',
  listed_title: 'Attention Debiasing for Token Pruning in Vision Language Models',
  published: '2025-08-25',
  authors: 8,
  appearances: [{ digest: '2026-02-16', comments: 0 }],
  comments: 0,
  repos: ['https://github.com/intcomp/attention-bias'],
  links: [],
  topics: ['vision-language'],
};

describe('paperToMarkdown', () => {
  test('writes YAML frontmatter and the abstract with its URL as a link', () => {
    expect(
      paperToMarkdown(frontmatter, findLinks('Our code is available at https://github.com/intcomp/attention-bias.')),
    ).toBe(`---
title: Attention Debiasing for Token Pruning in Vision Language Models
listed_title: Attention Debiasing for Token Pruning in Vision Language Models
published: "2025-08-25"
authors: 8
appearances:
  - digest: "2026-02-16"
    comments: 0
comments: 0
repos:
  - https://github.com/intcomp/attention-bias
links: []
topics:
  - vision-language
---

Our code is available at <https://github.com/intcomp/attention-bias>.
`);
  });

  test('writes only frontmatter for a paper listed without an abstract', () => {
    expect(paperToMarkdown(frontmatter, [])).toMatch(/\n---\n$/);
  });

  test('quotes a title that YAML would misread', () => {
    const text = paperToMarkdown({ ...frontmatter, title: 'Yes: # not a comment', listed_title: 'no' }, []);
    expect(text).toContain('title: "Yes: # not a comment"\nlisted_title: "no"\n');
  });

  test('escapes abstract text so it cannot become markup', () => {
    const hostile =
      '<script>alert(1)</script> *bold* [x](javascript:alert(1)) <img src=x onerror=alert(1)> # heading `code` ---';
    const text = paperToMarkdown(frontmatter, findLinks(hostile));
    const body = fromMarkdown(text.slice(text.indexOf('\n---\n') + 5));
    // Parsed back, the body is one paragraph of plain text: no HTML, emphasis, links, headings or code.
    expect(body.children.map((node) => node.type)).toEqual(['paragraph']);
    const [paragraph] = body.children;
    expect(paragraph?.type === 'paragraph' ? paragraph.children.map((node) => node.type) : []).toEqual(['text']);
    expect(paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined).toEqual(
      expect.objectContaining({ value: hostile }),
    );
  });
});
