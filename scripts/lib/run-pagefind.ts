// Runs Pagefind's own program, the one `npx pagefind` runs. Its Node API starts the same program as a service and
// passes every file back through a pipe: at 10k papers that took 2-5 s longer and about 150 MB more than the
// program writing the index to a folder itself.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';

/** What to index, and where to. */
export interface PagefindRun {
  /** The built site. */
  site: string;
  /** The pages to read, relative to the site. */
  glob: string;
  /** The index folder. */
  outputPath: string;
  /** Environment variables for Pagefind on top of this process's own. */
  env?: Record<string, string>;
}

/**
 * The Pagefind program for this machine, found as the `pagefind` package finds it: `PAGEFIND_BINARY_PATH` (or
 * `PAGEFIND_EXTENDED_BINARY_PATH`) when set, else the platform package it installed, extended build first.
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): string {
  const names = ['pagefind_extended', 'pagefind'];
  for (const name of names) {
    const path = env[`${name.toUpperCase()}_BINARY_PATH`];
    if (path) return path;
  }
  const require = createRequire(import.meta.resolve('pagefind'));
  const os = process.platform === 'win32' ? 'windows' : platform();
  const cpu = env.npm_config_arch ?? arch();
  for (const name of names) {
    try {
      return require.resolve(`@pagefind/${os}-${cpu}/bin/${name}${os === 'windows' ? '.exe' : ''}`);
    } catch {
      // not this one: try the next
    }
  }
  throw new Error(`no Pagefind program for ${os}-${cpu}: is the pagefind package installed (npm install)?`);
}

/** Runs Pagefind; resolves to what it printed, or rejects with that when it fails. */
export async function runPagefind(run: PagefindRun): Promise<string> {
  const binary = pagefindBinary();
  const args = ['--site', run.site, '--glob', run.glob, '--output-path', run.outputPath];
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, ...run.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      reject(new Error(`could not start Pagefind (${binary})`, { cause: error }));
    });
    child.on('close', resolve);
  });
  const printed = Buffer.concat(output).toString('utf8');
  if (code !== 0) throw new Error(`Pagefind (${binary}) exited with ${String(code)}:\n${printed.trim()}`);
  return printed;
}
