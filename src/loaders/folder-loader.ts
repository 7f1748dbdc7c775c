// What the site's content loaders share: a folder read once per build, and again in dev when a file of it changes.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Brings the store up to date with the folder: `root` is the project's, `directory` the folder's absolute path. */
export type SyncFolder = (context: LoaderContext, root: string, directory: string) => Promise<void>;

/**
 * A loader for the folder `base` (relative to the project root): `sync` runs at once, and again whenever the dev
 * server sees a file it `accepts` change; a problem then is logged, and the server keeps serving.
 */
export function folderLoader(name: string, base: string, accepts: (path: string) => boolean, sync: SyncFolder): Loader {
  return {
    name,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const directory = resolve(root, base);
      await sync(context, root, directory);
      context.watcher?.add(directory);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(directory) && accepts(path)) {
          sync(context, root, directory).catch((error: unknown) => {
            context.logger.error(error instanceof Error ? error.message : String(error));
          });
        }
      });
    },
  };
}
