/**
 * A standard fetch handler (`export default { fetch }`) for Workers, Deno and Bun. The
 * app is built once per isolate, on the first request: Workers bound the time a script's
 * top level may take, and the embedded engine's index takes longer than that to build.
 */
import type { App } from '../app.js';
import { createEdgeApp, type EdgeAppOptions, type EdgeSettings } from './app.js';

/** Workers' third argument; Deno and Bun pass none. */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
  props: unknown;
}

export interface EdgeHandlerOptions extends Omit<EdgeAppOptions, 'settings'> {
  /** The settings from fetch's second argument: Workers' bindings, or the environment elsewhere. */
  settingsOf: (env: unknown) => EdgeSettings;
}

export interface EdgeHandler {
  fetch(request: Request, env?: unknown, ctx?: ExecutionContext): Promise<Response>;
}

export function createEdgeHandler({ settingsOf, loadSuppliers }: EdgeHandlerOptions): EdgeHandler {
  let app: Promise<App> | undefined;
  const built = (env: unknown): Promise<App> => {
    app ??= createEdgeApp({ settings: settingsOf(env), loadSuppliers }).catch((error: unknown) => {
      // A bad setting (KEYS not a keys file...) fails this request; the next one tries again.
      app = undefined;
      throw error;
    });
    return app;
  };
  return {
    async fetch(request, env, ctx) {
      return (await built(env)).fetch(request, env, ctx);
    },
  };
}
