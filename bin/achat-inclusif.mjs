#!/usr/bin/env node
// The achat-inclusif command. Runs the built CLI when the package is built, else the
// TypeScript source through tsx (a development dependency), so that
// `npx achat-inclusif import ...` works both in a checkout and once installed.
import { existsSync } from 'node:fs';

const built = new URL('../dist/server/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../server/src/cli/index.ts', import.meta.url).href);
}
