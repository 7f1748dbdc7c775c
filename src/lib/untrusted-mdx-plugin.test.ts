// The build itself refuses a contributed topic that holds code, before compiling it: a pull request that skips
// `npm run check` still runs nothing. The build runs on a copy of the content.
import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

let root = '';
let result: ReturnType<typeof spawnSync>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'untrusted-mdx-'));
  await cp('content', join(root, 'content'), { recursive: true });
  await appendFile(
    join(root, 'content/topics/agents.mdx'),
    '\nexport const x = (await import("node:child_process")).execSync("id").toString();\n\n{x}\n',
  );
  result = spawnSync('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, 'cache'), BASE: '/' },
  });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file the build wrote, as text. */
async function written(): Promise<string[]> {
  const names = await readdir(join(root, 'dist'), { recursive: true }).catch(() => []);
  return Promise.all(names.map((name) => readFile(join(root, 'dist', name), 'utf8').catch(() => '')));
}

describe('untrustedMdx', () => {
  test('fails the build on a topic that exports code, naming the file and each line', () => {
    expect(result.status).not.toBe(0);
    const output = `${String(result.stdout)}${String(result.stderr)}`;
    expect(output).toMatch(/content\/topics\/agents\.mdx:17: `import` and `export` run code when the site is built/);
    expect(output).toMatch(/content\/topics\/agents\.mdx:19: "\{x\}" is a JavaScript expression/);
    // The content loader refuses it with every other bad file, before MDX would compile it: no stack trace.
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  test('runs none of it: no page shows what the command would have printed', async () => {
    expect((await written()).some((text) => /uid=\d+/.test(text))).toBe(false);
  });
});
