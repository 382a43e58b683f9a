// npm test: unit tests (Vitest), then end-to-end tests (Playwright in Chromium through the browser
// shell, and each bench in quick mode: e2e/bench/quick-benches.spec.ts). Prints one closing line
// summed over both runners: "tests: N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'dialtone-test-reports-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let runnerFailed = false;

const vitestReport = join(reports, 'vitest.json');
const vitestStatus = run(npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestReport}`,
]);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
runnerFailed ||= vitestStatus !== 0 && !vitest?.numFailedTests;

const buildStatus = run(npm, ['run', '--silent', 'build:renderer']);
if (buildStatus !== 0) {
  console.error('The renderer did not build, so the end-to-end tests could not run.');
  runnerFailed = true;
} else {
  const playwrightReport = join(reports, 'playwright.json');
  const playwrightStatus = run(
    npx,
    ['playwright', 'test', '--config', 'e2e/playwright.config.ts', '--reporter=list,json'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    },
  );
  const playwright = readJson(playwrightReport);
  if (playwright) {
    totals.passed += playwright.stats.expected + playwright.stats.flaky;
    totals.failed += playwright.stats.unexpected;
    totals.skipped += playwright.stats.skipped;
  }
  runnerFailed ||= playwrightStatus !== 0 && !playwright?.stats.unexpected;
}

if (runnerFailed) {
  console.error('A test runner failed before it could report its tests; see its output above.');
  totals.failed += 1;
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
