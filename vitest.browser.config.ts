import { defineConfig } from 'vitest/config';

// The HTML report in a real headless Chromium (`npm run test:browser`); kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
