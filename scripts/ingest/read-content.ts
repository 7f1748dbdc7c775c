// Ingest's first stage: the bytes of the content folders, every file named as messages show it. Nothing is parsed.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ContentError, type ErrorCollector } from '../../src/model/content-error.ts';
import { listFolder } from '../../src/model/content-folder.ts';
import { decodeText } from '../../src/model/decode-text.ts';
import { fileSizeProblem, MAX_PAPER_FILE_BYTES } from '../../src/model/limits.ts';
import { inParallel } from '../../src/model/in-parallel.ts';

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
 * Every plain file of a content folder that could be read. What it holds besides (a folder, a symbolic link, a
 * hidden file) and a file that cannot be read or is too large go to `errors`, each by name, so the caller reports
 * them with everything found after: nothing in a content folder is skipped without a word.
 */
export async function readContentFolder(
  dir: string,
  show: (path: string) => string,
  what: string,
  errors: ErrorCollector,
  options: { optional?: boolean; maxBytes?: number } = {},
): Promise<ContentFile[]> {
  const { files, others, hidden } = await listFolder(dir, show(dir), what, options);
  for (const name of hidden) {
    errors.add(
      new ContentError(
        show(join(dir, name)),
        undefined,
        `is hidden (its name starts with a dot); expected nothing hidden in the ${what} folder: remove it`,
      ),
    );
  }
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
    const tooLarge =
      result?.status === 'fulfilled' && options.maxBytes !== undefined
        ? fileSizeProblem(result.value.length, options.maxBytes)
        : undefined;
    if (tooLarge !== undefined) {
      errors.add(new ContentError(file, undefined, tooLarge));
    } else if (result?.status === 'fulfilled') read.push({ name, file, bytes: result.value });
    else {
      errors.add(
        new ContentError(file, undefined, `could not be read: ${String(result?.reason)}`, { cause: result?.reason }),
      );
    }
  }
  return read;
}

/** The paper files already written (none when the folder is not there yet), each decoded as text. */
export async function readPaperFiles(
  dir: string,
  show: (path: string) => string,
  errors: ErrorCollector,
): Promise<ExistingPaper[]> {
  const papers: ExistingPaper[] = [];
  const files = await readContentFolder(dir, show, 'papers', errors, {
    optional: true,
    maxBytes: MAX_PAPER_FILE_BYTES,
  });
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
  return papers;
}
