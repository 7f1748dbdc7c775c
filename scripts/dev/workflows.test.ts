// The GitHub workflows hold to what the repository promises of them: actions pinned by commit, write permissions
// only where a job needs them, no credentials left on disk, and the daily pull request checked before it opens.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const DIR = '.github/workflows';
const workflows = readdirSync(DIR).map((name) => {
  const text = readFileSync(`${DIR}/${name}`, 'utf8');
  return { name, text, workflow: parse(text) as Workflow };
});
const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('every workflow', () => {
  test.each(workflows)('$name pins each action to a commit, with its version beside it', ({ text, workflow }) => {
    for (const step of steps(workflow).filter((each) => each.uses !== undefined)) {
      expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`uses: ${step.uses ?? ''} # v\\d+\\.\\d+\\.\\d+\\n`));
    }
  });

  test.each(workflows)('$name reads only, unless a job asks for more', ({ workflow }) => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test.each(workflows)('$name leaves no credentials on disk after checkout', ({ workflow }) => {
    for (const step of steps(workflow).filter((each) => each.uses?.startsWith('actions/checkout@'))) {
      expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  test.each(workflows)('$name runs shell that bash can parse', ({ workflow }) => {
    for (const step of steps(workflow).filter((each) => each.run !== undefined)) {
      const checked = spawnSync('bash', ['-n'], { input: step.run, encoding: 'utf8' });
      expect(checked.stderr).toBe('');
    }
  });
});

describe('the daily workflow', () => {
  const daily = workflows.find(({ name }) => name === 'daily.yml')?.workflow;
  if (daily === undefined) throw new Error('expected .github/workflows/daily.yml');
  const runs = steps(daily).map((step) => step.run ?? step.uses ?? '');
  const at = (pattern: RegExp): number => runs.findIndex((run) => pattern.test(run));

  test('runs every day and by hand', () => {
    expect(Object.keys(daily.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  });

  test('is the only one that may write, and only contents and pull requests', () => {
    const writers = workflows.flatMap(({ name, workflow }) =>
      Object.values(workflow.jobs)
        .filter((job) => Object.values(job.permissions ?? {}).includes('write'))
        .map((job) => ({ name, permissions: job.permissions })),
    );
    expect(writers).toEqual([
      { name: 'daily.yml', permissions: { contents: 'write', 'pull-requests': 'write' } },
      { name: 'deploy.yml', permissions: { pages: 'write', 'id-token': 'write' } },
    ]);
  });

  test('fetches, ingests, checks the content and runs the tests before it opens the pull request', () => {
    const order = [/npm run --silent fetch/, /^npm run ingest$/, /^npm run check$/, /^npm test$/, /gh pr create/].map(
      at,
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('the pull request workflow', () => {
  const ci = workflows.find(({ name }) => name === 'ci.yml')?.workflow;
  if (ci === undefined) throw new Error('expected .github/workflows/ci.yml');
  const runs = steps(ci).map((step) => step.run ?? step.uses ?? '');

  test('runs on every pull request', () => {
    expect(Object.keys(ci.on)).toContain('pull_request');
  });

  test('checks the content before anything builds or runs it', () => {
    const check = runs.indexOf('npm run check');
    expect(check).toBeGreaterThan(runs.findIndex((run) => run.startsWith('npm install')));
    expect(check).toBeLessThan(runs.indexOf('npm test'));
    expect(check).toBeLessThan(runs.findIndex((run) => run.includes('playwright install')));
  });
});
