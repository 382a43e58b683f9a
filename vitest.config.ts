import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      '{shared,electron,renderer,e2e/browser-shell,e2e/lab,e2e/bench}/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
