import { describe, expect, test } from 'vitest';
import { titleKey } from './paper-identity.ts';

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
