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

/** The line of a byte offset, counting line breaks as the decoded text has them: CRLF, CR alone and LF. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 0x0a || (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a)) line++;
  }
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode line by line (a line break is never inside a multi-byte character): cheap enough for an error path, and exact.
  let start = 0;
  for (let end = 0; end <= bytes.length; end++) {
    if (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) continue;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end + 1;
  }
  return bytes.length;
}
