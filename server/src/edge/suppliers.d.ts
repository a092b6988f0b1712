/**
 * The suppliers shipped inside dist/worker.js: a virtual module that the worker build
 * (deploy/worker-build.mjs) fills with an import's snapshot or the demo data.
 */
declare module 'achat-inclusif:worker-suppliers' {
  /** Parses the bundled JSON: call it once, when the embedded engine is built. */
  export function loadSuppliers(): import('../../../sdk/src/types.js').Supplier[];
}
