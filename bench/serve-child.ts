/**
 * The bench's server in its own process, so that the load generator (autocannon)
 * or the browser never share its event loop: started by startServerProcess with
 * the supplier count, it answers with its origin over IPC and serves until killed.
 */
import { generateDemoSuppliers } from '../server/src/demo-data/generate.js';
import { startServer } from './server.js';

const count = Number(process.argv[2]);
// The pages come over IPC: the bundles are too large for a command line.
const files = await new Promise<Map<string, [string, string]>>((resolve) =>
  process.once('message', (message) => resolve(new Map(message as [string, [string, string]][]))),
);
const server = await startServer(generateDemoSuppliers({ count }), files);
process.send!({ origin: server.origin });
