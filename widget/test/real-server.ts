/**
 * The real API for the widget's browser tests: web-test-runner.config.mjs starts it on a
 * loopback port when the runner starts and closes it when the runner stops. Open mode
 * with the demo keys, as `npm start` runs without a keys file, on fewer suppliers and
 * with room for the tests' anonymous requests.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../server/src/app.js';
import { generateDemoSuppliers } from '../../server/src/demo-data/generate.js';
import { getGeography } from '../../server/src/domain/geography.js';
import { createDefaultEngine } from '../../server/src/engine/embedded/default.js';
import { demoKeys } from '../../server/src/keys/demo.js';
import { openKeyStore } from '../../server/src/keys/store.js';

export interface RealServerOptions {
  /** Where the test pages come from: the demo keys accept only these origins. */
  origins: string[];
  /** Synthetic suppliers to serve; 2,000 keeps start-up short. */
  count?: number;
}

export interface RealServer {
  /** Such as http://127.0.0.1:41234, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function startRealServer({ origins, count = 2000 }: RealServerOptions): Promise<RealServer> {
  const app = createApp({
    engine: createDefaultEngine(generateDemoSuppliers({ count })),
    geography: getGeography(),
    keys: openKeyStore(await demoKeys({ origins })),
    // Every test page calls from 127.0.0.1 without a key: the default anonymous burst (60)
    // would make a test's outcome depend on how many requests the tests before it made.
    rateLimit: { anonymous: { perMinute: 60_000, burst: 1_000 } },
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () => new Promise((closed, failed) => server.close((error) => (error ? failed(error) : closed()))),
      }),
    );
    server.once('error', reject);
  });
}
