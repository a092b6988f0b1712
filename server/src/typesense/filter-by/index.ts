/**
 * Typesense's filter_by grammar, both ways: text -> Filter tree (the gateway), Filter
 * tree -> text (a site key's scope as a Typesense scoped key, keys/typesense-scoped.ts);
 * literal() quotes the values the Typesense engine writes (engine/typesense/filter.ts).
 */
export { parseFilterBy } from './parse.js';
export { literal, toFilterBy, UnrepresentableFilterError } from './serialize.js';
export { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from './syntax.js';
