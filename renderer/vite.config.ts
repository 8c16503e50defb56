// Builds the renderer: plain static files in dist/renderer, loaded by Electron from disk
// (hence the relative base) and served as is by the web workbench.
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledLicensesPlugin } from '../scripts/licenses/bundled-licenses.mjs';

/**
 * The CSP meta in index.html forbids the inline scripts and styles that Vite's dev server injects
 * (HMR, React Refresh). Keep it in the built page; drop it only while serving in development.
 */
function devRelaxesCsp(): Plugin {
  return {
    name: 'factdesk-dev-relaxes-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The licences of the packages in the built renderer go into dist/licenses.json (the About dialog).
  plugins: [react(), devRelaxesCsp(), bundledLicensesPlugin({ root: `${import.meta.dirname}/..` })],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
  },
});
