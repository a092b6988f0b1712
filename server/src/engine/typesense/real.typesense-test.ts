/**
 * Opt-in: the engine contract against a real Typesense (27 or later).
 *   TYPESENSE_URL=http://localhost:8108 TYPESENSE_API_KEY=xyz npm run test:typesense
 * Only vitest.typesense.config.ts runs this file; it writes collections named
 * `contract_<timestamp>` and points the alias `contract` at them.
 */
import { describe } from 'vitest';
import { typesenseConfigFromEnv } from './config.js';
import { engineContract } from './contract.test-support.js';
import { createTypesenseEngine } from './engine.js';

const config = typesenseConfigFromEnv(process.env);
if (!config) throw new Error('Set TYPESENSE_URL (or TYPESENSE_NODES) and TYPESENSE_API_KEY to run the suite against a real Typesense.');

describe(`the Typesense engine against ${config.nodes.map((node) => `${node.host}:${node.port}`).join(', ')}`, () => {
  engineContract(async () => ({ engine: createTypesenseEngine({ ...config, collection: 'contract' }), sameTextRanking: false }));
});
