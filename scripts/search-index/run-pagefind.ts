// Runs Pagefind's own program, the one `npx pagefind` runs. Its Node API starts the same program as a service and
// passes every file back through a pipe, which took longer and more memory than the program writing the index
// to a folder itself (BENCHMARKS.md).
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { resolve } from 'node:path';

/** What to index, and where to. */
export interface PagefindRun {
  /** The built site. */
  site: string;
  /** The pages to read, relative to the site. */
  glob: string;
  /** The index folder. */
  outputPath: string;
  /** Pagefind's settings as environment variables (`PAGEFIND_…`): the only ones it gets. */
  settings?: Record<string, string>;
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

/**
 * Runs Pagefind; resolves to what it printed, or rejects with that when it fails. Only the settings given reach it:
 * other `PAGEFIND_…` variables are left out and it runs in the output folder, so neither a variable nor a
 * `pagefind.yml` lying around changes what it reads or writes. `env` is where the program is looked up.
 */
export async function runPagefind(run: PagefindRun, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const binary = pagefindBinary(env);
  const outputPath = resolve(run.outputPath);
  await mkdir(outputPath, { recursive: true });
  const args = ['--site', resolve(run.site), '--glob', run.glob, '--output-path', outputPath];
  const inherited = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('PAGEFIND_')));
  const output: Buffer[] = [];
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done, fail) => {
    const child = spawn(binary, args, {
      cwd: outputPath,
      env: { ...inherited, ...run.settings },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => {
      fail(new Error(`could not start Pagefind (${binary})`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      done({ code, signal });
    });
  });
  const printed = Buffer.concat(output).toString('utf8');
  if (ended.code !== 0) {
    const how = ended.signal === null ? `exited with ${ended.code}` : `was stopped by ${ended.signal}`;
    throw new Error(`Pagefind (${binary}) ${how}:\n${printed.trim()}`);
  }
  return printed;
}
