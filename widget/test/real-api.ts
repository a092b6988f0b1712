/**
 * Where the real API listens during browser tests: web-test-runner.config.mjs starts it and
 * serves its URL as the module /__api__.js. Imported by a path held in a variable, since
 * the module exists only on the test server, not on disk for TypeScript to find.
 */
const served = '/__api__.js';

/** Such as http://127.0.0.1:41234, no trailing slash. */
export const { apiUrl } = (await import(served)) as { apiUrl: string };
