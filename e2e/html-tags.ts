// Start tags of a built page, read by a real HTML parser so quoted attribute text is never taken for markup.
import { Parser } from 'htmlparser2';

/** A start tag and its attributes, entity-decoded and with lowercase names. */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** The text inside it, for `<script>` elements. */
  text: string;
}

/** Every start tag of an HTML document, in document order. */
export function startTags(html: string): StartTag[] {
  const found: StartTag[] = [];
  const open: StartTag[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = { name, attributes: new Map(Object.entries(attributes)), text: '' };
        found.push(tag);
        open.push(tag);
      },
      ontext(text) {
        const current = open.at(-1);
        if (current?.name === 'script') current.text += text;
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return found;
}
