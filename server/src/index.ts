/**
 * `achat-inclusif/server`: build the API into your own Node or edge application.
 * An explicit list: what is not here is internal.
 */
export { createApp, type App, type AppOptions } from './app.js';
export { createEmbeddedEngine, type EmbeddedEngine, type EmbeddedEngineOptions } from './engine/embedded/engine.js';
export { createDefaultEngine } from './engine/embedded/default.js';
export { createTextIndex, type TextIndexOptions } from './engine/embedded/text.js';
export type { SearchEngine, EngineQuery, EngineResult, Filter } from './query/types.js';
export { generateDemoSuppliers } from './demo-data/generate.js';
export { getGeography, type Geography } from './domain/geography.js';
export { taxonomy } from './domain/taxonomy.js';
