/** Stand-in nodes on loopback ports over one shared state: a cluster whose nodes can be stopped one by one. */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { TypesenseNode } from '../../src/engine/typesense/config.js';
import { standinApp } from './app.test-support.js';
import { createStandinState, type StandinState } from './collections.test-support.js';

export interface StandinNode {
  node: TypesenseNode;
  /** Closes the listener and every open connection: the node is down. */
  stop(): Promise<void>;
}

export async function startNode(state: StandinState, apiKey: string): Promise<StandinNode> {
  const app = standinApp(state, apiKey);
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    node: { protocol: 'http', host: '127.0.0.1', port, path: '' },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

export async function startCluster(size: number, apiKey: string): Promise<{ state: StandinState; nodes: StandinNode[] }> {
  const state = createStandinState();
  const nodes = await Promise.all(Array.from({ length: size }, () => startNode(state, apiKey)));
  return { state, nodes };
}
