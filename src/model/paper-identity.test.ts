import { describe, expect, test } from 'vitest';
import { listedPaper, titleKey } from './paper-identity.ts';

describe('titleKey', () => {
  test('folds case, whitespace and punctuation', () => {
    expect(titleKey('Re-Reading Improves Reasoning in Language Models')).toBe(
      titleKey('re reading  improves reasoning in language models.'),
    );
    expect(titleKey("GPT-2's Multiple-Choice Questions")).toBe('gpt 2 s multiple choice questions');
  });

  test('tells different titles apart', () => {
    expect(titleKey('Attention Is All You Need')).not.toBe(titleKey('Attention Is Not All You Need'));
  });

  test('keeps a title of punctuation alone distinct from an empty one', () => {
    expect(titleKey('?!')).toBe('?!');
  });
});

describe('listedPaper', () => {
  test('gives the clean title of a real listing and its identity: TPLA (004, line 193)', () => {
    const listed = listedPaper(
      'TPLA: Tensor Parallel Latent Attention for Efficient Disaggregated Prefill \\& Decode Inference',
    );
    expect(listed).toEqual({
      title: 'TPLA: Tensor Parallel Latent Attention for Efficient Disaggregated Prefill & Decode Inference',
      key: 'tpla tensor parallel latent attention for efficient disaggregated prefill decode inference',
    });
  });

  test('finds the paper file whose listed_title is the clean title', () => {
    const listed = listedPaper('A {\\bf Bold} Title');
    expect(listed.key).toBe(titleKey(listed.title));
    expect(listed.key).toBe(titleKey('A Bold Title'));
  });
});
