/**
 * Numbers written without digits, for the facts a search result shows but search must not find: dates and counts.
 * Pagefind searches every metadata value, and has no setting that keeps one out, so a paper's upvotes or the day it
 * was listed, given to the index as digits, would be found by a number in a query (`12` finding the papers with 12
 * comments, `2024` every paper published that year). The index takes its words from letters and digits only: a value
 * written with neither gives it no word at all, in as many bytes.
 */

/** The sign each digit is written as: `0` as `!`, … `9` as `=`. No letter, digit or emoji (as `#` and `*` are). */
const SIGNS = '!$%()+/:;=';

/** A value with each digit written as its sign (`2024-05-12` as `%!%)-!+-$%`); other characters as they are. */
export function withoutDigits(value: string): string {
  return value.replace(/[0-9]/g, (digit) => SIGNS.charAt(Number(digit)));
}

/** A value written by {@link withoutDigits}, with its digits back. */
export function withDigits(value: string): string {
  return Array.from(value, (character) => {
    const digit = SIGNS.indexOf(character);
    return digit === -1 ? character : String(digit);
  }).join('');
}
