// `npm test`: every check a pull request must pass, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

/** Runs under a non-root base path too, so nothing may assume the site sits at `/`. */
const SUBPATH_BASE = '/paper-archive/';

const steps: { name: string; command: string; env?: Record<string, string> }[] = [
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'type check', command: 'npm run -s typecheck' },
  { name: 'unit tests', command: 'npm run -s test:unit' },
  { name: 'content check', command: 'npm run -s check' },
  { name: 'build', command: 'npm run -s build' },
  { name: 'end-to-end tests', command: 'npm run -s test:e2e', env: { E2E_SKIP_BUILD: '1' } },
  {
    name: `end-to-end tests under ${SUBPATH_BASE}`,
    command: 'npm run -s test:e2e',
    env: { BASE: SUBPATH_BASE, PREVIEW_PORT: '4322' },
  },
];

const started = Date.now();
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n── ${step.name}: ${step.command}`);
  const result = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(
      `\n✗ ${step.name} failed after ${seconds}s (exit ${String(result.status ?? result.signal)}); later steps were not run.`,
    );
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`\nAll ${String(steps.length)} steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
