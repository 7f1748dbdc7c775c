import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'generate-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function generate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['scripts/dev/generate.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

describe('npm run generate', () => {
  test('writes byte-identical digests for the same seed, run after run', () => {
    const first = join(scratch, 'first');
    const second = join(scratch, 'second');
    expect(generate('--papers', '500', '--seed', '7', '--out', first).status).toBe(0);
    expect(generate('--papers', '500', '--seed', '7', '--out', second).status).toBe(0);
    // Run again into the first folder: earlier generated digests are replaced, not added to.
    const again = generate('--papers', '500', '--seed', '7', '--out', first);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/^Wrote 1\d digests/);
    expect(files(first)).toEqual(files(second));
  });

  test('refuses a folder in the project outside .bench/, where digests would be committed', () => {
    const result = generate('--papers', '10', '--out', 'content/digests');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/inside the project but not under \.bench\//);
  });

  test('refuses a folder holding files it did not write', () => {
    const other = join(scratch, 'other');
    expect(generate('--papers', '10', '--out', other).status).toBe(0);
    writeFileSync(join(other, 'notes.md'), 'mine');
    const result = generate('--papers', '10', '--out', other);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/holds files this script did not write \(notes\.md\)/);
  });

  test('refuses a paper count that is not a positive whole number', () => {
    expect(generate('--papers', 'ten').status).toBe(2);
    expect(generate().status).toBe(2);
  });
});
