import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it is installed (Playwright cannot download its own browser everywhere).
// CHROMIUM_PATH points at any other build, or says `bundled` for Playwright's own (`npx playwright install chromium`).
const debianChromium = '/usr/bin/chromium';
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : 'bundled');
const executablePath = chromiumPath === 'bundled' ? undefined : chromiumPath;
const port = Number(process.env.PREVIEW_PORT ?? 4321);
const base = process.env.BASE ?? '/';

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}${base.endsWith('/') ? base : `${base}/`}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath === undefined ? {} : { executablePath }),
          // Without these, Chromium keeps trying to reach Google's services on a closed network.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  // The tests run against the real build, previewed as a static host would serve it. `npm test` has
  // just built the site for the root base path, and says so with E2E_SKIP_BUILD.
  webServer: {
    command: `${process.env.E2E_SKIP_BUILD ? '' : 'npm run build && '}npm run preview -- --port ${port}`,
    url: `http://localhost:${port}${base.endsWith('/') ? base : `${base}/`}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
  },
});
