// Mutation testing of the pure modules (issue 11): `npm run test:mutation`, or one module with
// `npm run test:mutation -- --mutate electron/media/srtp-transform.ts`. Not in CI: it takes minutes.
// Reports go to reports/mutation/<module>.html and .json (all.* for several modules).
//
// Each module is tested by the unit test files that import it, directly or through other modules
// (Vitest's related mode; vitest.mutation.config.ts leaves out the lab's tests), and each mutant by
// the tests among them that run its code (perTest coverage). A mutant of module-level code (a
// "static" one) runs every related test file. Stryker's `testFiles` option must stay unset: with it,
// Stryker 10.1.1 activates static mutants after the module has loaded, so they all survive.
import { basename } from 'node:path';
import { argv } from 'node:process';

const pureModules = [
  'shared/phone/phone-number.ts',
  'shared/phone/phone-link.ts',
  'electron/sip/transport/sip-message-framer.ts',
  'electron/db/queries/contact-search-plan.ts',
  'electron/twilio/twilio-problem.ts',
  'electron/media/srtp-transform.ts',
  'electron/media/srtp-keys.ts',
  'shared/messaging/sms-segments.ts',
  'shared/messaging/message-error-advice.ts',
  'shared/messaging/a2p-registration.ts',
];

// A run for one module (`--mutate <file>`) writes reports named after it, so runs for different
// modules can go on side by side.
function reportName() {
  const flag = argv.findIndex((arg) => arg === '--mutate' || arg === '-m');
  const mutate =
    flag === -1 ? argv.find((arg) => arg.startsWith('--mutate='))?.slice('--mutate='.length) : argv[flag + 1];
  if (!mutate || mutate.includes(',')) return 'all';
  return basename(mutate.replace(/:[\d:-]+$/, '')).replace(/\.[cm]?[jt]sx?$/, '');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', pool: 'forks', related: true },
  coverageAnalysis: 'perTest',
  mutate: pureModules,
  concurrency: 1,
  ignorePatterns: ['dist', 'release', '.tsbuild', 'test-results', 'playwright-report', 'reports', '.stryker-tmp*'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${reportName()}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName()}.json` },
  clearTextReporter: { allowEmojis: false, logTests: false },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
};
