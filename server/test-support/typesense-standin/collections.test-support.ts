/**
 * The stand-in's state: collections of documents (each with an embedded engine
 * over the Suppliers their `supplier_json` holds, for text matching) and aliases.
 * One state may serve several listening nodes: it stands in for a cluster that
 * Raft keeps in step.
 */
import type { Supplier } from '../../../sdk/src/types.js';
import { createDefaultEngine } from '../../src/engine/embedded/default.js';
import type { EmbeddedEngine } from '../../src/engine/embedded/engine.js';
import type { StoredDocument } from './evaluate.test-support.js';

export interface CollectionField {
  name: string;
  type: string;
  optional?: boolean;
}

export interface StoredCollection {
  name: string;
  schema: { name: string; fields: CollectionField[] } & Record<string, unknown>;
  createdAt: number;
  documents: Map<string, StoredDocument>;
  text: EmbeddedEngine;
}

export interface StandinState {
  collections: Map<string, StoredCollection>;
  aliases: Map<string, string>;
}

export function createStandinState(): StandinState {
  return { collections: new Map(), aliases: new Map() };
}

/** A collection by its name or an alias of it. */
export function resolveCollection(state: StandinState, name: string): StoredCollection | undefined {
  return state.collections.get(state.aliases.get(name) ?? name);
}

/** Why Typesense would refuse this document, or undefined. */
export function refusal(collection: StoredCollection, document: StoredDocument): string | undefined {
  if (typeof document.id !== 'string' || !document.id) return 'Document has no string `id`.';
  for (const field of collection.schema.fields) {
    if (field.name.includes('.')) continue;
    const value = document[field.name];
    if (value === undefined || value === null) {
      if (field.optional) continue;
      return `Field \`${field.name}\` has been declared in the schema, but is not found in the document.`;
    }
    if (field.type === 'geopoint' && !(Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number' && Number.isFinite(x)))) {
      return `Field \`${field.name}\` must be a 2 element array: [lat, lng].`;
    }
  }
  return undefined;
}

/** Stores documents (already checked), replacing those with the same id. */
export async function putDocuments(collection: StoredCollection, documents: readonly StoredDocument[]): Promise<void> {
  const suppliers: Supplier[] = [];
  const withoutText: string[] = [];
  for (const document of documents) {
    collection.documents.set(document.id as string, document);
    if (typeof document.supplier_json === 'string') suppliers.push(JSON.parse(document.supplier_json) as Supplier);
    else withoutText.push(document.id as string);
  }
  await collection.text.upsert(suppliers);
  await collection.text.remove(withoutText);
}

export async function deleteDocuments(collection: StoredCollection, ids: readonly string[]): Promise<number> {
  const present = ids.filter((id) => collection.documents.delete(id));
  await collection.text.remove(present);
  return present.length;
}

export function newCollection(schema: StoredCollection['schema']): StoredCollection {
  return { name: schema.name, schema, createdAt: Math.floor(Date.now() / 1000), documents: new Map(), text: createDefaultEngine() };
}
