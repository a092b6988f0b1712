// The shape of rollup.config.mjs's builds, for docs/readme-figures.test.ts, which runs them.
import type { OutputOptions, Plugin, RollupOptions } from 'rollup';

declare const builds: (Omit<RollupOptions, 'plugins' | 'output'> & { plugins: Plugin[]; output: OutputOptions })[];
export default builds;
