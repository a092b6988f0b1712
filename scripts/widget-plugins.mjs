// The plugins that make the widget's browser files, shared by rollup.config.mjs and the
// bench (bench/sizes.ts), which builds the widget the same way to measure it.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transformSync } from 'esbuild';

/**
 * Resolves for a browser, `production` said outright: node-resolve otherwise picks Lit's
 * development build whenever NODE_ENV is set to anything else (test, development), 4 KB more.
 */
export function browserResolve() {
  return nodeResolve({ browser: true, exportConditions: ['production'] });
}

/**
 * Minifies the CSS of the widget's `*.styles.ts` (css`...` without interpolations) with
 * esbuild's CSS minifier: esbuild leaves template literals as written, indentation included.
 */
export function minifyStyles() {
  return {
    name: 'minify-styles',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const minified = code.replace(/css`([^`$]*)`/g, (_, text) => `css\`${transformSync(text, { loader: 'css', minify: true }).code.trim()}\``);
      return { code: minified, map: null };
    },
  };
}

/**
 * Drops the indentation inside the templates of the minified bundle: esbuild keeps template
 * literals as written, and in its minified output a line break only occurs inside one. Leading
 * spaces and tabs are insignificant in the widget's HTML and CSS templates.
 */
export function dropTemplateIndentation() {
  return {
    name: 'drop-template-indentation',
    renderChunk: (code) => ({ code: code.replace(/\n[ \t]+/g, '\n'), map: null }),
  };
}
