import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    testTimeout: 30_000,
    // Vitest's default is one worker per core but one; on a 2-core machine that is a single worker,
    // and the suite, which waits on child processes and files much of the time, left a core idle.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
