/**
 * The embedded engine wired to the project's taxonomy: sector labels indexed for
 * text search, sector groups for facets. What the entry points and tests build.
 */
import type { Supplier } from '../../../../sdk/src/types.js';
import { isSector, sectorGroupOf, sectorLabel } from '../../domain/taxonomy.js';
import { createEmbeddedEngine, type EmbeddedEngine, type EmbeddedEngineOptions } from './engine.js';
import { createTextIndex } from './text.js';

export function createDefaultEngine(
  suppliers: readonly Supplier[] = [],
  options: Pick<EmbeddedEngineOptions, 'textCacheSize'> = {},
): EmbeddedEngine {
  return createEmbeddedEngine({
    ...options,
    suppliers,
    textIndex: createTextIndex({ sectorLabel }),
    groupOf: (sector) => (isSector(sector) ? sectorGroupOf(sector) : undefined),
  });
}
