// Ingest's first stage: the bytes of the content folders, every file named as messages show it. Nothing is parsed.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ErrorCollector, ContentError } from '../../src/model/content-error.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { listFolder } from '../../src/model/list-files.ts';
import { inParallel } from '../shared/in-parallel.ts';

/** A file of a content folder, as read. */
export interface ContentFile {
  /** Its name inside the folder. */
  name: string;
  /** Its path as messages show it. */
  file: string;
  bytes: Uint8Array;
}

/** A paper file as it is on disk. */
export interface ExistingPaper {
  slug: string;
  /** Path for messages. */
  file: string;
  text: string;
}

/**
 * Every file of a content folder. Anything in it that is not a plain file (a folder, a symbolic link) is refused by
 * name: what a folder holds is either read or reported, never skipped.
 */
export async function readContentFolder(
  dir: string,
  show: (path: string) => string,
  what: string,
  options: { optional?: boolean } = {},
): Promise<ContentFile[]> {
  const { files, others } = await listFolder(dir, show(dir), what, options);
  const errors = new ErrorCollector();
  for (const name of others) {
    errors.add(
      new ContentError(
        show(join(dir, name)),
        undefined,
        `is not a plain file; expected only files in the ${what} folder`,
      ),
    );
  }
  const contents = await inParallel(files, (name) => readFile(join(dir, name)));
  const read: ContentFile[] = [];
  for (const [index, name] of files.entries()) {
    const file = show(join(dir, name));
    const result = contents[index];
    if (result?.status === 'fulfilled') read.push({ name, file, bytes: result.value });
    else
      errors.add(new ContentError(file, undefined, `could not be read: ${result?.reason}`, { cause: result?.reason }));
  }
  errors.throwIfAny();
  return read;
}

/** The paper files already written (none when the folder is not there yet), each decoded as text. */
export async function readPaperFiles(dir: string, show: (path: string) => string): Promise<ExistingPaper[]> {
  const files = await readContentFolder(dir, show, 'papers', { optional: true });
  const errors = new ErrorCollector();
  const papers: ExistingPaper[] = [];
  for (const { name, file, bytes } of files) {
    if (!name.endsWith('.md')) {
      errors.add(
        new ContentError(file, undefined, 'expected only Markdown paper files (<slug>.md) in the papers folder'),
      );
      continue;
    }
    const text = errors.attempt(() => decodeText(file, bytes));
    if (text !== undefined) papers.push({ slug: basename(name, '.md'), file, text });
  }
  errors.throwIfAny();
  return papers;
}
