import { ContentError } from './content-error.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a contributed text file: UTF-8 only, a leading BOM dropped, CRLF and CR turned into LF.
 * Binary or mis-encoded input is refused with the line where it stops being text.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new ContentError(file, lineAt(bytes, nul), 'expected UTF-8 text, found a NUL byte (is this a binary file?)');
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new ContentError(
      file,
      lineAt(bytes, firstInvalidUtf8(bytes)),
      'expected UTF-8 text, found bytes that are not valid UTF-8',
      {
        cause,
      },
    );
  }
  return text.replace(/\r\n?/g, '\n');
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes line by line: cheap enough for an error path, and exact.
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end + 1;
  }
  return bytes.length;
}
