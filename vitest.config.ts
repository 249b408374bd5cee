import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'electron/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Some tests start processes (the CLI, a crashing writer); give them room on a busy two-core machine.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
