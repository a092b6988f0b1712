import type { Plugin } from 'rollup';
export declare function browserResolve(): Plugin;
export declare function minifyStyles(): Plugin;
export declare function dropTemplateIndentation(): Plugin;
