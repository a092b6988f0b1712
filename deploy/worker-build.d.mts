import type { RollupOptions } from 'rollup';

export interface WorkerBuildOptions {
  /** The suppliers to bundle (.ndjson, .ndjson.gz or a .json array); WORKER_SUPPLIERS, else the demo data. */
  suppliersFile?: string;
  /** dist/worker.js by default. */
  file?: string;
}

export function workerBuild(options?: WorkerBuildOptions): RollupOptions & { output: { file: string } };
