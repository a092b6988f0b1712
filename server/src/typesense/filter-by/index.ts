/** Typesense's filter_by grammar, both ways: text -> Filter tree (the gateway), Filter tree -> text (the Typesense engine). */
export { parseFilterBy } from './parse.js';
export { literal, toFilterBy, UnrepresentableFilterError } from './serialize.js';
export { MAX_FILTER_DEPTH, MAX_FILTER_LENGTH } from './syntax.js';
