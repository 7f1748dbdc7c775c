import { describe, expect, test } from 'vitest';
import { decodeEntities, excerptParts } from './search-excerpt.ts';

describe('excerptParts', () => {
  test('splits a Pagefind excerpt into plain and highlighted runs', () => {
    expect(
      excerptParts('we propose a training-free <mark>Attention</mark> <mark>Calibration</mark> Technique'),
    ).toEqual([
      { text: 'we propose a training-free ', mark: false },
      { text: 'Attention', mark: true },
      { text: ' ', mark: false },
      { text: 'Calibration', mark: true },
      { text: ' Technique', mark: false },
    ]);
  });

  test('decodes the text, so markup in a title or abstract stays text', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; and <mark>Q&amp;A</mark>')).toEqual([
      { text: '<script>alert(1)</script> and ', mark: false },
      { text: 'Q&A', mark: true },
    ]);
  });

  test('keeps any other tag as the text it is', () => {
    expect(excerptParts('<b>bold</b> <mark>x</mark>')).toEqual([
      { text: '<b>bold</b> ', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  test('is empty for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  test('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('&quot;a&quot; &#39;b&#39; &#x27;c&#x27; &amp;amp;')).toBe("\"a\" 'b' 'c' &amp;");
  });

  test('leaves unknown names and impossible code points alone', () => {
    expect(decodeEntities('&bogus; &#x110000;')).toBe('&bogus; &#x110000;');
  });
});
