/** The Typesense engine: what the entry point wires (see README.md). */
export { typesenseConfigFromEnv, TypesenseConfigError, type TypesenseConfig, type TypesenseNode } from './config.js';
export { createTypesenseEngine, type TypesenseEngine, type TypesenseEngineOptions } from './engine.js';
export { fetchAdapter, NodeUnreachableError } from './fetch-adapter.js';
export { ImportFailedError, type ReindexReport } from './reindex.js';
