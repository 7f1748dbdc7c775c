import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
    // The short fuzz run and the end-to-end ingest tests read real digests from disk.
    testTimeout: 30_000,
  },
});
