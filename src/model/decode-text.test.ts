import { describe, expect, test } from 'vitest';
import { decodeText } from './decode-text.ts';

describe('decodeText', () => {
  test('drops a BOM and turns CRLF and CR into LF', () => {
    expect(decodeText('d.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63]))).toBe('a\nb\nc');
  });

  test('refuses a binary file, naming the line of the first NUL byte', () => {
    expect(() => decodeText('d.txt', new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toThrow(
      'd.txt:2: expected UTF-8 text, found a NUL byte (is this a binary file?)',
    );
  });

  test('refuses text in another encoding, naming the line', () => {
    // "café" in Latin-1 on the third line.
    expect(() => decodeText('d.txt', new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x63, 0x61, 0x66, 0xe9]))).toThrow(
      'd.txt:3: expected UTF-8 text, found bytes that are not valid UTF-8',
    );
  });

  test('counts CR line endings too when naming the line (found by the fuzz test)', () => {
    expect(() => decodeText('d.txt', new Uint8Array([0x61, 0x0d, 0x62, 0x0d, 0x0a, 0x00]))).toThrow(
      'd.txt:3: expected UTF-8 text, found a NUL byte (is this a binary file?)',
    );
    expect(() => decodeText('d.txt', new Uint8Array([0x61, 0x0d, 0x62, 0x0d, 0x63, 0x61, 0x66, 0xe9]))).toThrow(
      'd.txt:3: expected UTF-8 text, found bytes that are not valid UTF-8',
    );
  });
});
