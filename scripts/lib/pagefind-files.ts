// Reads what a Pagefind index folder holds: which files the index uses, and what a fragment or a word chunk is
// about. Pagefind names these files by a 7-digit prefix of a hash of their content and, writing into a folder that
// has them already, keeps the file there: the index step reuses a folder between builds to save gzipping 10k
// unchanged files (scripts/lib/search-index.ts), and checks with this what a reused name stands for.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The files of one index: paths relative to its folder, with `/`. */
export interface IndexParts {
  /** Pagefind's version, from the entry file. */
  version: string;
  /** Pages in the index, over all languages. */
  pageCount: number;
  /**
   * The entry file, the scripts and the WebAssembly: what Pagefind writes anew on every run, whatever the pages. Its
   * ready-made interfaces, which the site does not use, are left out.
   */
  bundle: string[];
  /** One `pf_meta` per language: what lists the rest. */
  metas: string[];
  /** One fragment per page. */
  fragments: string[];
  /** The word chunks, each with the first and last word it holds as the meta file gives them (prefixes). */
  chunks: { path: string; from: string; to: string }[];
  /** One file per filter. */
  filters: string[];
}

/** The files at the top of an index folder that {@link IndexParts.bundle} lists. */
const BUNDLE_FILE = /^(?:pagefind-entry\.json|pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

/** Pagefind's compressed files start, once gunzipped, with this marker before their CBOR or JSON. */
const MARKER = 'pagefind_dcd';

/** The content of a gzipped Pagefind file (`pf_meta`, `pf_index`, `pf_filter`, `pf_fragment`) after its marker. */
export function unpack(bytes: Uint8Array): Uint8Array {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, MARKER.length).toString('latin1') !== MARKER) {
    throw new Error(`not a Pagefind index file (no "${MARKER}" marker)`);
  }
  return raw.subarray(MARKER.length);
}

/** The URL of the page a fragment file is about. */
export function fragmentUrl(bytes: Uint8Array): string {
  const fragment = JSON.parse(new TextDecoder().decode(unpack(bytes))) as { url?: unknown };
  if (typeof fragment.url !== 'string') throw new Error('a Pagefind fragment without a url');
  return fragment.url;
}

/** The first and last word a word chunk holds. */
export function chunkWords(bytes: Uint8Array): [string, string] {
  const [words] = decode(unpack(bytes)) as [[string, unknown][]];
  const first = words[0]?.[0];
  const last = words.at(-1)?.[0];
  if (typeof first !== 'string' || typeof last !== 'string') throw new Error('a Pagefind word chunk without words');
  return [first, last];
}

/** A word chunk's words fit the range its meta file gives it (first and last word, or prefixes of them). */
export function chunkFits(words: readonly [string, string], range: { from: string; to: string }): boolean {
  return words[0].startsWith(range.from) && words[1].startsWith(range.to);
}

/** The layout of a `pf_meta` file, as far as it names other files (Pagefind 1.x). */
type Meta = [
  version: string,
  pages: [hash: string, wordCount: number, ...rest: unknown[]][],
  chunks: [from: string, to: string, hash: string][],
  filters: [name: string, hash: string][],
  ...rest: unknown[],
];

/**
 * The files of the index in `folder`, from its entry file and `pf_meta` files: what a search may load, and nothing a
 * run left there that the index does not use. Throws when the folder holds no index Pagefind 1.x would write.
 */
export async function readIndexParts(folder: string): Promise<IndexParts> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    version?: unknown;
    languages?: Record<string, { hash?: unknown; wasm?: unknown; page_count?: unknown }>;
  };
  if (typeof entry.version !== 'string' || !entry.version.startsWith('1.') || entry.languages === undefined) {
    throw new Error(`${join(folder, 'pagefind-entry.json')} is not the entry of a Pagefind 1.x index`);
  }
  const parts: IndexParts = {
    version: entry.version,
    pageCount: 0,
    bundle: (await readdir(folder)).filter((name) => BUNDLE_FILE.test(name)).sort(),
    metas: [],
    fragments: [],
    chunks: [],
    filters: [],
  };
  for (const [language, { hash, page_count: pageCount }] of Object.entries(entry.languages)) {
    if (typeof hash !== 'string' || typeof pageCount !== 'number') {
      throw new Error(`the ${language} index in ${join(folder, 'pagefind-entry.json')} has no hash or page count`);
    }
    const path = `pagefind.${hash}.pf_meta`;
    const [version, pages, chunks, filters] = decode(unpack(await readFile(join(folder, path)))) as Meta;
    if (version !== entry.version || !Array.isArray(pages) || !Array.isArray(chunks) || !Array.isArray(filters)) {
      throw new Error(`${join(folder, path)} is not the meta file of a Pagefind ${entry.version} index`);
    }
    parts.pageCount += pageCount;
    parts.metas.push(path);
    // Identical pages share one fragment.
    parts.fragments.push(...new Set(pages.map(([fragment]) => `fragment/${fragment}.pf_fragment`)));
    parts.chunks.push(...chunks.map(([from, to, chunk]) => ({ path: `index/${chunk}.pf_index`, from, to })));
    parts.filters.push(...filters.map(([, filter]) => `filter/${filter}.pf_filter`));
  }
  return parts;
}

/** Every file of the index, bundle first. */
export function indexFiles(parts: IndexParts): string[] {
  return [
    ...parts.bundle,
    ...parts.metas,
    ...parts.fragments,
    ...parts.chunks.map((chunk) => chunk.path),
    ...parts.filters,
  ];
}
