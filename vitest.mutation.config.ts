// Vitest as `npm run test:mutation` runs it (stryker.config.mjs): every unit test but the lab's
// (*.lab.test.ts, e2e/lab), which need peers and files outside Stryker's sandbox
// (../shared/twilio-oai) and take minutes each.
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import unitTestConfig from './vitest.config';

export default mergeConfig(
  unitTestConfig,
  defineConfig({ test: { exclude: [...configDefaults.exclude, '**/*.lab.test.ts', 'e2e/lab/**'] } }),
);
