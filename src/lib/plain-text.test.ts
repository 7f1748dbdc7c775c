import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { excerpt, htmlToText } from './plain-text.ts';

describe('htmlToText', () => {
  test('keeps the text of rendered Markdown and drops its tags', () => {
    expect(
      htmlToText(
        '<p>Our code is available at <a href="https://github.com/GATECH-EIC/ACT">https://github.com/GATECH-EIC/ACT</a>.</p>\n',
      ),
    ).toBe('Our code is available at https://github.com/GATECH-EIC/ACT.');
  });

  test('decodes named, decimal and hexadecimal character references', () => {
    expect(htmlToText('<p>5 &lt; 6 &amp; &quot;x&quot; &#39;y&#x27; &#x3C;script&#x3E; &copy;</p>')).toBe(
      `5 < 6 & "x" 'y' <script> &copy;`,
    );
  });

  test('separates blocks and folds whitespace', () => {
    expect(htmlToText('<p>One\nparagraph.</p><p>Two.</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'One paragraph. Two. a b',
    );
  });

  test('leaves out the search index’s word breaks, and only those', () => {
    expect(htmlToText('<p>We compress the KV-<span hidden data-index-break>~ </span>cache.</p>')).toBe(
      'We compress the KV-cache.',
    );
    expect(htmlToText('<p>We compress the KV-<span hidden data-index-break="">~ </span>cache.</p>')).toBe(
      'We compress the KV-cache.',
    );
    expect(htmlToText('<p>A <span hidden>hidden</span> word.</p>')).toBe('A hidden word.');
  });

  test('is empty for no abstract', () => {
    expect(htmlToText('')).toBe('');
  });
});

describe('excerpt', () => {
  test('reads only the start of a long text, and cuts it as if it had read it all', () => {
    // The rule read on the whole text folded, as excerpt was first written.
    const whole = (text: string, max: number): string => {
      const folded = text.replace(/\s+/g, ' ').trim();
      if (folded.length <= max) return folded;
      const cut = folded.slice(0, max);
      const boundary = cut.lastIndexOf(' ');
      const kept = boundary > max * 0.6 ? cut.slice(0, boundary) : cut.slice(0, max - 1);
      return `${kept.replace(/[\s.,;:!?\-–—]+$/u, '')}…`;
    };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('word', 'a', ' ', '  \n ', '.', 'longerword,'), { maxLength: 400 }),
        fc.integer({ min: 5, max: 120 }),
        (parts, max) => {
          const text = parts.join('');
          expect(excerpt(text, max)).toBe(whole(text, max));
        },
      ),
    );
  });

  test('keeps a short text whole', () => {
    expect(excerpt('Attention is all you need.', 40)).toBe('Attention is all you need.');
  });

  test('cuts a long text at a word boundary and adds an ellipsis', () => {
    expect(excerpt('Large language models often encounter communication bottlenecks on current hardware.', 40)).toBe(
      'Large language models often encounter…',
    );
  });

  test('drops punctuation left at the cut', () => {
    expect(excerpt('Transformers, diffusion models, and state space models, compared.', 32)).toBe(
      'Transformers, diffusion models…',
    );
  });

  test('cuts inside a word only when there is no space to cut at', () => {
    expect(excerpt('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});
