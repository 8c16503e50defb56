import type { Plugin } from 'esbuild';

export function asciiOnly(code: string, options?: { module?: boolean }): string;
export const asciiBundles: Plugin;
