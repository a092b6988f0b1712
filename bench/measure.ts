/**
 * What every part of the bench measures with: CPU time of this process (the machine
 * is shared, and wall time would count a loaded neighbour), the heap after a full
 * collection, percentiles, and the machine the numbers come from.
 */
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The heap held by an index is only readable after a full collection.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export function heapMB(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** CPU milliseconds used by this process so far (user + system, microsecond resolution). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The value below which a share `p` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const round = (value: number, digits = 2) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minutes, at the start of the run. */
  loadAverage: number[];
  date: string;
}

export function machine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: loadavg().map((load) => round(load)),
    date: new Date().toISOString(),
  };
}
