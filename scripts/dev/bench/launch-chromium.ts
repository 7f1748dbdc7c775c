// The Chromium the benchmark drives, chosen as the end-to-end tests choose theirs (playwright.config.ts).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/**
 * Launches Debian's Chromium where it is installed, the one at `CHROMIUM_PATH`, or Playwright's own when
 * `CHROMIUM_PATH` is `bundled` or nothing else is there; kept from reaching Google's services on a closed network.
 */
export function launchChromium(): Promise<Browser> {
  const path = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : 'bundled');
  return chromium.launch({
    ...(path === 'bundled' ? {} : { executablePath: path }),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
