/**
 * A content loader for contributed Markdown and MDX files (papers, topics), read by the content model as ingest and the
 * check read them (model/read-content-file.ts): the same YAML parser and limits, so a file too large, nested too deep
 * or with an alias bomb is refused before it is parsed, and each problem is a ContentError naming the file and the
 * line. Astro's glob loader would parse the frontmatter with another YAML library and end the build in its stack
 * trace. Every problem of the folder is reported at once; unchanged files are not read again.
 */
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, ContentErrors, ErrorCollector } from '../model/content-error.ts';
import { listFolder } from '../model/content-folder.ts';
import { inParallel, unwrap } from '../model/in-parallel.ts';
import { readContentFile } from '../model/read-content-file.ts';
import { mdxProblems } from '../model/untrusted-mdx.ts';
import { folderLoader } from './folder-loader.ts';
import { asReported } from './reported-error.ts';
import { validateFrontmatter } from '../model/validate-frontmatter.ts';

export interface ContentFilesOptions {
  /** The folder, relative to the project root. */
  base: string;
  /** The extension of the folder's files, `.md` or `.mdx`; an entry's id is its file name without it. */
  extension: string;
  /** The largest file accepted, in bytes (model/limits.ts). */
  maxBytes: number;
  /** The collection's schema, to name the line of each field it refuses. */
  schema: z.ZodType;
  /** `html`: rendered as Markdown when loaded (papers); `deferred`: compiled as MDX when a page renders it (topics). */
  render: 'html' | 'deferred';
  /** Whether an entry keeps its source text (`body`). */
  retainBody: boolean;
}

/** Loads every file of `base` with the extension, as entries whose id is the file's name. */
export function contentFiles(options: ContentFilesOptions): Loader {
  return folderLoader(
    'paper-archive-content-files',
    options.base,
    (path) => path.endsWith(options.extension),
    (context, root, directory) => sync(context, root, directory, options),
  );
}

type Entry = Parameters<LoaderContext['store']['set']>[0];
type Render = (body: string, path: string, data: Record<string, unknown>) => ReturnType<Renderer['render']>;

/** Stores every file of the folder that is new or changed, forgets those that are gone, and reports every problem. */
async function sync(context: LoaderContext, root: string, directory: string, options: ContentFilesOptions) {
  const problems = new ErrorCollector();
  const listing = await problems.attemptAsync(() =>
    listFolder(directory, relative(root, directory), basename(directory)),
  );
  const names = (listing?.files ?? []).filter((name) => name.endsWith(options.extension));
  const render = lazyRenderer(context.config);
  const loaded = await inParallel(names, (name) => loadFile(context, root, join(directory, name), options, render));
  for (const result of loaded) {
    const entry = problems.attempt(() => unwrap(result));
    if (entry !== undefined && entry !== 'unchanged') context.store.set(entry);
  }
  const ids = new Set(names.map((name) => basename(name, options.extension)));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  if (problems.errors.length > 0) throw asReported(problems.errors);
}

/** One file as an entry, or 'unchanged' when the store already holds it as it is. */
async function loadFile(
  context: LoaderContext,
  root: string,
  path: string,
  options: ContentFilesOptions,
  render: Render,
): Promise<Entry | 'unchanged'> {
  const id = basename(path, options.extension);
  const file = relative(root, path);
  const bytes = await readFile(path);
  const digest = context.generateDigest(bytes.toString('latin1'));
  const existing = context.store.get(id);
  if (existing?.digest === digest && existing.filePath !== undefined) {
    if (existing.deferredRender) context.store.addModuleImport(existing.filePath);
    return 'unchanged';
  }
  const { text, data, body } = readContentFile(file, bytes, options.maxBytes);
  const parsed = await context.parseData({ id, data, filePath: path }).catch((error: unknown) => {
    // Astro's own error names the field; the model's also names the field's line, as `npm run check` does.
    validateFrontmatter(options.schema, file, text, data);
    throw error;
  });
  const entry = { id, data: parsed, filePath: file, digest, ...(options.retainBody ? { body } : {}) };
  if (options.render === 'deferred') {
    // MDX is code: what would run is refused here, with every other bad file, before the page compiles it. The MDX
    // pipeline's own guard (lib/untrusted-mdx-plugin.ts) stays, for MDX that reaches it another way.
    const problems = mdxProblems(text).map((problem) => new ContentError(file, problem.line, problem.message));
    if (problems.length > 0) throw new ContentErrors(problems);
    return { ...entry, deferredRender: true };
  }
  const { code, metadata } = await render(body, path, data).catch((error: unknown) => {
    throw new ContentError(file, undefined, `could not be rendered: ${String(error)}`, { cause: error });
  });
  const imagePaths = [...metadata.localImagePaths, ...metadata.remoteImagePaths];
  return { ...entry, rendered: { html: code, metadata: { ...metadata, imagePaths } }, assetImports: imagePaths };
}

/**
 * Renders Markdown as Astro's own Markdown loader does, with the site's processor and its plugins; the renderer is made
 * once, when the first file needs it.
 */
function lazyRenderer(config: AstroConfig): Render {
  let renderer: Promise<Renderer> | undefined;
  return async (body, path, data) => {
    const { markdown, image } = config;
    // The options Astro's loader passes, from Astro's config, whose types differ from the processor's own only in how
    // they spell optional fields. The deprecated `gfm` and `smartypants` are left to the processor's own options.
    const shared = { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig };
    renderer ??= markdown.processor.createRenderer(shared as RendererOptions);
    return (await renderer).render(body, { frontmatter: data, fileURL: pathToFileURL(path) });
  };
}

type Renderer = Awaited<ReturnType<AstroConfig['markdown']['processor']['createRenderer']>>;
type RendererOptions = Parameters<AstroConfig['markdown']['processor']['createRenderer']>[0];
