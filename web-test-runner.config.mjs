// Browser tests of the widget (npm run test:browser), in Debian's Chromium and Firefox
// ESR: no browser is ever downloaded. TypeScript is compiled by esbuild as the files are
// served. TEST_BROWSERS=firefox (or chromium) runs one of them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { firefoxLauncher } from './scripts/firefox.mjs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { tsImport } from 'tsx/esm/api';

/**
 * Counts of passed and failed tests, in all and per browser; a session that failed
 * outside any test counts one failure.
 */
function countTests(sessions) {
  const counts = { passed: 0, failed: 0, browsers: {} };
  for (const session of sessions) {
    const browser = (counts.browsers[session.browser.name] ??= { passed: 0, failed: 0 });
    const count = (outcome) => {
      counts[outcome] += 1;
      browser[outcome] += 1;
    };
    const walk = (suite) => {
      for (const test of suite.tests) if (!test.skipped) count(test.passed ? 'passed' : 'failed');
      suite.suites.forEach(walk);
    };
    const before = counts.failed;
    if (session.testResults) walk(session.testResults);
    if (session.passed === false && counts.failed === before) count('failed');
  }
  return counts;
}

/** Writes test-results/web-test-runner.json for scripts/test.mjs, which sums every runner's counts. */
function countsFile(path = 'test-results/web-test-runner.json') {
  return {
    stop({ sessions }) {
      mkdirSync('test-results', { recursive: true });
      writeFileSync(path, JSON.stringify(countTests(sessions)));
    },
  };
}

/**
 * The real API (widget/test/real-server.ts) on a loopback port for as long as the runner
 * runs, for server.browser.test.ts; its URL is served to the tests as /__api__.js.
 */
function realApi() {
  let server;
  return {
    name: 'real-api',
    async serverStart({ config }) {
      const { startRealServer } = await tsImport('./widget/test/real-server.ts', import.meta.url);
      // The demo keys only answer the test pages' origin.
      server = await startRealServer({ origins: [`http://${config.hostname}:${config.port}`] });
    },
    async serverStop() {
      await server?.close();
    },
    serve(context) {
      if (context.path === '/__api__.js') return { body: `export const apiUrl = ${JSON.stringify(server.url)};`, type: 'js' };
    },
    /** For the page's connect-src: the API is cross-origin. */
    get origin() {
      return server.url;
    },
  };
}

const api = realApi();

/** The launchers TEST_BROWSERS names (comma-separated), every one by default. */
function selected(launchers) {
  const names = (process.env.TEST_BROWSERS ?? Object.keys(launchers).join(',')).split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(name in launchers));
  if (unknown.length) throw new Error(`TEST_BROWSERS: unknown ${unknown.join(', ')}; known: ${Object.keys(launchers).join(', ')}`);
  return names.map((name) => launchers[name]());
}

export default {
  files: ['widget/src/**/*.browser.test.ts'],
  nodeResolve: { browser: true },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), api],
  browsers: selected({
    chromium: () =>
      playwrightLauncher({
        product: 'chromium',
        launchOptions: {
          executablePath: chromiumPath,
          headless: true,
          args: chromiumArgs,
        },
      }),
    firefox: firefoxLauncher,
  }),
  // Every test page runs under a strict Content-Security-Policy: no inline script, no
  // eval, no inline style attribute; security.browser.test.ts checks the widget causes no
  // violation. connect-src lets the pages reach the real API, on its own origin.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="fr">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' ws: ${api.origin}; object-src 'none'; base-uri 'none'">
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countsFile()],
};
