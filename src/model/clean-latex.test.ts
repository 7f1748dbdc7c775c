import { describe, expect, test } from 'vitest';
import { cleanLatex } from './clean-latex.ts';

describe('cleanLatex', () => {
  test('cleans a real title: TPLA (004, line 193)', () => {
    expect(
      cleanLatex('TPLA: Tensor Parallel Latent Attention for Efficient Disaggregated Prefill \\& Decode Inference'),
    ).toBe('TPLA: Tensor Parallel Latent Attention for Efficient Disaggregated Prefill & Decode Inference');
  });

  test('unescapes percent signs: "less than 5\\%"', () => {
    expect(cleanLatex('only a small portion (less than 5\\%) of the attention heads')).toBe(
      'only a small portion (less than 5%) of the attention heads',
    );
    expect(cleanLatex('improves inference throughput by 6\\%--46\\% while')).toBe(
      'improves inference throughput by 6%--46% while',
    );
  });

  test('turns a LaTeX non-breaking space into a space: "representation~(DR)"', () => {
    expect(cleanLatex('disentangled representation~(DR) and line-of-sight~(LoS)')).toBe(
      'disentangled representation (DR) and line-of-sight (LoS)',
    );
  });

  test('keeps a tilde that means "about": "~5 runs"', () => {
    expect(cleanLatex('a speed-up of ~5x over ~ the baseline')).toBe('a speed-up of ~5x over ~ the baseline');
  });

  test('drops font groups: "{\\bf HyLRA} ({\\bf Hy}brid {\\bf L}ayer ...)"', () => {
    expect(cleanLatex('we introduce {\\bf HyLRA} ({\\bf Hy}brid {\\bf L}ayer {\\bf R}euse {\\bf A}ttention), a')).toBe(
      'we introduce HyLRA (Hybrid Layer Reuse Attention), a',
    );
  });

  test('drops font commands that lost their backslash: "textbf{A}uxiliary"', () => {
    expect(
      cleanLatex('exploiting the appropriate textbf{A}uxiliary features, with textbf{M}ulti-branch training'),
    ).toBe('exploiting the appropriate Auxiliary features, with Multi-branch training');
  });

  test('turns sizing commands fused to delimiters back into brackets: "Oleft(n^{1.5}dright)"', () => {
    expect(cleanLatex('complexity of attention to Oleft(n^{1.5}dright) from Oleft(n^2dright) for')).toBe(
      'complexity of attention to O(n^(1.5)d) from O(n^2d) for',
    );
  });

  test('writes superscripts readably: "O(L^{3/2})", "O(L^{{4}/{3}})", "O(L^{1+1{N}})"', () => {
    expect(cleanLatex('In this O(L^{3/2}) instantiation')).toBe('In this O(L^(3/2)) instantiation');
    expect(cleanLatex('can reach O(L^{{4}/{3}}) globally')).toBe('can reach O(L^(4/3)) globally');
    expect(cleanLatex('an overall complexity of O(L^{1+1{N}}).')).toBe('an overall complexity of O(L^(1+1/N)).');
  });

  test('leaves plain superscripts alone: "AP^b", "2^d tokens"', () => {
    expect(cleanLatex('surpasses MogaNet-B by 1% in AP^b, attending to 2^d tokens')).toBe(
      'surpasses MogaNet-B by 1% in AP^b, attending to 2^d tokens',
    );
  });

  test('turns a lost arrow into one: rightarrow', () => {
    expect(cleanLatex('"Hakuna Matata means no worries Hakuna Matata it means no" rightarrow "??".')).toBe(
      '"Hakuna Matata means no worries Hakuna Matata it means no" → "??".',
    );
  });

  test('unwraps short inline math: "$λ$-ECLIPSE"', () => {
    expect(cleanLatex('$λ$-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion Models')).toBe(
      'λ-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion Models',
    );
  });

  test('drops an escaped space: "(a.k.a.\\ structural non-exclusion)"', () => {
    expect(cleanLatex('random context access (a.k.a.\\ structural non-exclusion)')).toBe(
      'random context access (a.k.a. structural non-exclusion)',
    );
  });

  test('writes Greek letters and symbols only when they carry their backslash', () => {
    expect(cleanLatex('a \\lambda of 0.5 \\times 2, unlike alpha and beta testers')).toBe(
      'a λ of 0.5 × 2, unlike alpha and beta testers',
    );
  });

  test('never changes ordinary words', () => {
    const prose =
      'The right) part, to the left (or right), textbook emphasis: we emphasize the rightarrows? No: bright), alright, leftover, $5 and $10, to be or not to be.';
    expect(cleanLatex(prose)).toBe(prose);
  });

  test('handles half a megabyte of unclosed braces and carets (no runaway backtracking)', () => {
    const unclosed = `x^{${'{a}'.repeat(200_000)}`;
    expect(cleanLatex(unclosed)).toBe(unclosed);
    expect(cleanLatex(`Oleft(${'x'.repeat(500_000)}`)).toHaveLength(500_006);
  });
});
