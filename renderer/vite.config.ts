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

/**
 * The entry script is small and loads the app's code (`app/mount-app.tsx`) with a dynamic import once
 * it has sent the first requests. The page asks for that code and its styles at once, beside the entry
 * script, so they are on their way (and the web workbench serves them) before those requests.
 */
function preloadAppCode(): Plugin {
  return {
    name: 'factdesk-preload-app-code',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/app/mount-app.tsx'),
        );
        if (chunk?.type !== 'chunk') throw new Error('The build has no chunk for app/mount-app.tsx.');
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        const entryFiles = new Set(
          Object.values(context.bundle ?? {}).flatMap((output) =>
            output.type === 'chunk' && output.isEntry ? [output.fileName] : [],
          ),
        );
        return [
          ...css.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          // Not the chunks the entry script is made of: the page loads those first anyway.
          ...[chunk.fileName, ...chunk.imports.filter((file) => !entryFiles.has(file))].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * The renderer validates nothing with schemas (the services check every request), and building zod's
 * schemas took about 20 ms of the page's CPU at start (docs/scale.md, "First rows: …, the start without
 * zod"): no chunk may hold zod. The renderer imports the plain values beside the schemas instead.
 */
function noSchemaLibrary(): Plugin {
  return {
    name: 'factdesk-no-schema-library',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        const zod =
          output.type === 'chunk' && output.moduleIds.find((id) => id.includes('/node_modules/zod/'));
        if (zod)
          this.error(
            `${output.fileName} holds ${zod}: import the plain values (enum-values.ts, checklists.ts, report-formats.ts, citation-limits.ts), not the schemas beside them.`,
          );
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  // The licences of the packages in the built renderer go into dist/licenses.json (the About dialog).
  plugins: [
    react(),
    devRelaxesCsp(),
    preloadAppCode(),
    noSchemaLibrary(),
    bundledLicensesPlugin({ root: `${import.meta.dirname}/..` }),
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
  },
});
