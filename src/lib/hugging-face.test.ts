import { describe, expect, test } from 'vitest';
import { organizationUrl } from './hugging-face.ts';

describe('organizationUrl', () => {
  test('links an organisation’s page on the Hub by its id', () => {
    expect(organizationUrl('google')).toBe('https://huggingface.co/google');
    expect(organizationUrl('meituan-longcat')).toBe('https://huggingface.co/meituan-longcat');
  });

  test('keeps an id to one path segment, whatever it holds', () => {
    expect(organizationUrl('../settings')).toBe('https://huggingface.co/..%2Fsettings');
  });
});
