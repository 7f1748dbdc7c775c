// How a content loader ends the build on bad content: with the content errors' own messages, every one of them.
import type { ContentError } from '../model/content-error.ts';

/**
 * One error carrying every problem's `file:line: what was expected`, and no stack: Astro prints a thrown error's
 * stack, and would print only the first of several, so a contributor would see the loader's code, not their file.
 */
export function asReported(errors: readonly ContentError[]): Error {
  const reported = new Error(errors.map((error) => error.message).join('\n'));
  reported.stack = '';
  return reported;
}
