// The size budgets the build keeps, and how a size is measured: what the build
// prints, writes to dist/sizes.json and the READMEs quote (docs/readme.test.ts).
import { gzipSync } from 'node:zlib';

/**
 * Output file, min+gzip bytes allowed: the SDK, the widget bundle, <inclusif-potential>, and
 * the need dialog the bundle fetches beside it when a buyer opens it (Lit included: it stands alone).
 */
export const SIZE_BUDGETS = { 'sdk/index.js': 3 * 1024, 'inclusif-search.js': 25 * 1024, 'inclusif-potential.js': 12 * 1024, 'inclusif-need-dialog.js': 18 * 1024 };

/** Bytes of the minified code once gzipped at level 9, as a CDN would serve it. */
export function minGzipBytes(code) {
  return gzipSync(code, { level: 9 }).length;
}

/** "18.8 KB": how the READMEs quote a size. */
export function quotedKilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
