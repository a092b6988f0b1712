export declare const SIZE_BUDGETS: Record<'sdk/index.js' | 'inclusif-search.js' | 'inclusif-potential.js' | 'inclusif-need-dialog.js', number>;
export declare function minGzipBytes(code: string): number;
export declare function quotedKilobytes(bytes: number): string;
