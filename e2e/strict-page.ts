// A Playwright `test` whose every test fails on a Content-Security-Policy violation, an uncaught script error or
// Pagefind giving up its worker, whichever page it happened on: the site's scripts have to work under the
// policy, not beside it.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('console', (message) => {
        if (/Content.Security.Policy|CSP violation|Pagefind web worker/i.test(message.text())) {
          problems.push(message.text());
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'policy violations and script errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
