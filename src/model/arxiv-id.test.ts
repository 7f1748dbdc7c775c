import { describe, expect, test } from 'vitest';
import { arxivIdInUrl, arxivLinks, parseArxivId } from './arxiv-id.ts';

describe('parseArxivId', () => {
  test('reads new-style identifiers, four and five digits, with the version dropped', () => {
    expect(parseArxivId('2606.00683')).toBe('2606.00683');
    expect(parseArxivId('2502.20581v2')).toBe('2502.20581');
    expect(parseArxivId('1409.0473')).toBe('1409.0473');
  });

  test('reads old-style identifiers, with and without a subject class', () => {
    expect(parseArxivId('hep-th/9901001')).toBe('hep-th/9901001');
    expect(parseArxivId('math.GT/0309136v1')).toBe('math.GT/0309136');
  });

  test('refuses what is not an identifier', () => {
    expect(parseArxivId('2613.00683')).toBeUndefined();
    expect(parseArxivId('trending')).toBeUndefined();
    expect(parseArxivId('date/2026-10-01')).toBeUndefined();
    expect(parseArxivId('2606.683')).toBeUndefined();
  });
});

describe('arxivIdInUrl', () => {
  test('finds the identifier in a Hugging Face paper page and in arXiv abstract and PDF links', () => {
    expect(arxivIdInUrl('https://huggingface.co/papers/2606.00683')).toBe('2606.00683');
    expect(arxivIdInUrl('https://huggingface.co/papers/2606.00683#community')).toBe('2606.00683');
    expect(arxivIdInUrl('https://arxiv.org/abs/2610.05608')).toBe('2610.05608');
    expect(arxivIdInUrl('https://arxiv.org/pdf/2610.05608v3.pdf')).toBe('2610.05608');
    expect(arxivIdInUrl('http://arxiv.org/abs/hep-th/9901001')).toBe('hep-th/9901001');
  });

  test('finds none in the listing pages themselves', () => {
    expect(arxivIdInUrl('https://huggingface.co/papers/trending')).toBeUndefined();
    expect(arxivIdInUrl('https://huggingface.co/papers/date/2026-10-01')).toBeUndefined();
    expect(arxivIdInUrl('https://huggingface.co/papers?q=source%20citations')).toBeUndefined();
    expect(arxivIdInUrl('https://github.com/kandinskylab/kandinsky-6')).toBeUndefined();
  });
});

describe('arxivLinks', () => {
  test('gives the abstract page, the PDF and the Hugging Face page', () => {
    expect(arxivLinks('2610.05608')).toEqual({
      abstract: 'https://arxiv.org/abs/2610.05608',
      pdf: 'https://arxiv.org/pdf/2610.05608',
      huggingFace: 'https://huggingface.co/papers/2610.05608',
    });
  });
});
