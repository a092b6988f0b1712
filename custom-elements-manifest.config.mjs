// `cem analyze` (npm run build): dist/custom-elements.json, the widget described for
// IDEs and documentation tools (attributes, properties, events, parts, CSS properties).
export default {
  globs: ['widget/src/search.ts', 'widget/src/search-attributes.ts', 'widget/src/potential.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json's customElements field is ours (dist/custom-elements.json): cem must not rewrite it.
  packagejson: false,
};
