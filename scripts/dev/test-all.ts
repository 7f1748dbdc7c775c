// `npm test`: every check a pull request must pass, in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

/** Runs under a non-root base path too, so nothing may assume the site sits at `/`. */
const SUBPATH_BASE = '/paper-archive/';
const REPORTS = '.cache/test-reports';

interface Step {
  name: string;
  command: string;
  env?: Record<string, string>;
  /** Where the step's runner writes its JSON results, to count tests. */
  report?: { file: string; count: (json: unknown) => { passed: number; failed: number } };
}

const vitestCount = (json: unknown): { passed: number; failed: number } => {
  const { numPassedTests, numFailedTests } = json as { numPassedTests: number; numFailedTests: number };
  return { passed: numPassedTests, failed: numFailedTests };
};
const playwrightCount = (json: unknown): { passed: number; failed: number } => {
  const { stats } = json as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
};
const e2eReport = (name: string): NonNullable<Step['report']> => ({
  file: `${REPORTS}/${name}.json`,
  count: playwrightCount,
});

const steps: Step[] = [
  // Contributed content is checked before any step loads, builds or runs it (lint syncs the content collections).
  { name: 'content check', command: 'npm run -s check' },
  { name: 'lint', command: 'npm run -s lint' },
  { name: 'type check', command: 'npm run -s typecheck' },
  {
    name: 'unit tests',
    command: `npm run -s test:unit -- --reporter=default --reporter=json --outputFile.json=${REPORTS}/unit.json`,
    report: { file: `${REPORTS}/unit.json`, count: vitestCount },
  },
  { name: 'build', command: 'npm run -s build' },
  {
    name: 'end-to-end tests',
    command: 'npm run -s test:e2e -- --reporter=list,json',
    env: { E2E_SKIP_BUILD: '1', PLAYWRIGHT_JSON_OUTPUT_FILE: `${REPORTS}/e2e-root.json` },
    report: e2eReport('e2e-root'),
  },
  {
    name: `end-to-end tests under ${SUBPATH_BASE}`,
    command: 'npm run -s test:e2e -- --reporter=list,json',
    // A port of its own, so a preview of the site at / left running is never taken for this one; a PREVIEW_PORT
    // given to the run is used by both steps, one after the other, where other previews hold the ports around it.
    env: {
      BASE: SUBPATH_BASE,
      PREVIEW_PORT: process.env.PREVIEW_PORT ?? '4322',
      PLAYWRIGHT_JSON_OUTPUT_FILE: `${REPORTS}/e2e-subpath.json`,
    },
    report: e2eReport('e2e-subpath'),
  },
];

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
const totals = { passed: 0, failed: 0 };
const started = Date.now();
for (const step of steps) {
  const stepStarted = Date.now();
  console.log(`\n── ${step.name}: ${step.command}`);
  const result = spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (step.report && existsSync(step.report.file)) {
    const counted = step.report.count(JSON.parse(readFileSync(step.report.file, 'utf8')));
    totals.passed += counted.passed;
    totals.failed += counted.failed;
  }
  if (result.status !== 0) {
    console.error(
      `\n✗ ${step.name} failed after ${seconds}s (exit ${result.status ?? result.signal}); later steps were not run.`,
    );
    console.error(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}
console.log(`\nAll ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)}s.`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
