import { describe, expect, test } from 'vitest';
import { MAX_SLUG_LENGTH, slugForTitle, uniqueSlug } from './slug.ts';

describe('slugForTitle', () => {
  test('makes lowercase ASCII words from a real title', () => {
    expect(slugForTitle("Anchored Answers: Unravelling Positional Bias in GPT-2's Multiple-Choice Questions")).toBe(
      'anchored-answers-unravelling-positional-bias-in-gpt-2s-multiple-choice-questions',
    );
    expect(slugForTitle('λ-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion Models')).toBe(
      'l-eclipse-multi-concept-personalized-text-to-image-diffusion-models',
    );
  });

  test(`cuts at a word boundary within ${MAX_SLUG_LENGTH} characters`, () => {
    const slug = slugForTitle(
      'Unveiling and Harnessing Hidden Attention Sinks: Enhancing Large Language Models without Training through Attention Calibration',
    );
    expect(slug).toBe('unveiling-and-harnessing-hidden-attention-sinks-enhancing-large-language-models');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  test('falls back to "paper" for a title with no ASCII letters', () => {
    expect(slugForTitle('注意力')).toBe('paper');
  });

  test('falls back to the slug it is given instead, for what is not a paper', () => {
    expect(slugForTitle('山田 太郎', 'author-1a2b3c4d')).toBe('author-1a2b3c4d');
    expect(slugForTitle('Ali Behrouz', 'author-1a2b3c4d')).toBe('ali-behrouz');
  });
});

describe('uniqueSlug', () => {
  test('adds the first free counter when the slug is taken', () => {
    expect(uniqueSlug('Superlinear Multi-Step Attention', new Set())).toBe('superlinear-multi-step-attention');
    expect(
      uniqueSlug(
        'Superlinear Multi-Step Attention',
        new Set(['superlinear-multi-step-attention', 'superlinear-multi-step-attention-2']),
      ),
    ).toBe('superlinear-multi-step-attention-3');
  });

  test('keeps a suffixed slug within the length limit', () => {
    const title = 'word '.repeat(40);
    const base = slugForTitle(title);
    expect(uniqueSlug(title, new Set([base])).length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });
});
