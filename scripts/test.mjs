#!/usr/bin/env node
// Runs every test runner (vitest for Node code, vitest again for the demo pages end to
// end in Chromium, web-test-runner for the widget in Chromium and Firefox) and prints
// the total as the last line: "N passed, M failed".
// Each runner writes its counts to test-results/; a runner that dies without
// writing them counts as one failure, so a crash can never look green.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';
import { firefoxPath } from './firefox.mjs';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// The browser runners drive Debian's Chromium; say so plainly rather than fail obscurely.
if (!existsSync(chromiumPath)) {
  console.error(`Chromium is needed for the browser tests and is not at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (!existsSync(firefoxPath)) {
  console.error(`Firefox is needed for the widget's browser tests and is not at ${firefoxPath}: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load has no tests but still fails the run.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

const runners = [
  {
    name: 'vitest',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest.json`],
    counts: vitestCounts,
  },
  {
    name: 'e2e',
    command: ['npx', 'vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/e2e.json`],
    counts: vitestCounts,
  },
  {
    name: 'web-test-runner',
    command: ['npx', 'wtr'],
    enabled: existsSync('web-test-runner.config.mjs'),
    counts: (file) => JSON.parse(readFileSync(file, 'utf8')),
  },
];

let passed = 0;
let failed = 0;
for (const runner of runners) {
  if (runner.enabled === false) continue;
  const output = `${results}/${runner.name}.json`;
  const run = spawnSync(runner.command[0], runner.command.slice(1), { stdio: 'inherit', env: process.env });
  if (!existsSync(output)) {
    console.error(`${runner.name}: no results written (exit ${run.status}), counted as a failure`);
    failed += 1;
    continue;
  }
  const counts = runner.counts(output);
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  const browsers = Object.entries(counts.browsers ?? {}).map(([name, each]) => `${name} ${each.passed} passed, ${each.failed} failed`);
  console.log(`${runner.name}: ${counts.passed} passed, ${counts.failed} failed${browsers.length ? ` (${browsers.join('; ')})` : ''}`);
  passed += counts.passed;
  failed += counts.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
